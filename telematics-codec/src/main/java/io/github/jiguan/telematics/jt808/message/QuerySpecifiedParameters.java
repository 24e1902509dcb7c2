package io.github.jiguan.telematics.jt808.message;

import java.util.List;

/**
 * 0x8106 查询指定终端参数 (query some parameters): BYTE count, DWORD ids.
 *
 * @param parameterIds the parameter ids
 */
public record QuerySpecifiedParameters(List<Long> parameterIds) implements PlatformMessage {

    /** Checks the values. */
    public QuerySpecifiedParameters {
        parameterIds = List.copyOf(parameterIds);
    }

    @Override
    public int messageId() {
        return MessageId.QUERY_SPECIFIED_PARAMETERS.code();
    }
}
