package io.github.jiguan.telematics.jt808.message;

import java.util.List;

/**
 * 0x8103 设置终端参数 (set parameters).
 *
 * @param parameters the parameters
 */
public record SetParameters(List<TerminalParameter> parameters) implements PlatformMessage {

    /** Checks the values. */
    public SetParameters {
        parameters = List.copyOf(parameters);
    }

    @Override
    public int messageId() {
        return MessageId.SET_PARAMETERS.code();
    }
}
