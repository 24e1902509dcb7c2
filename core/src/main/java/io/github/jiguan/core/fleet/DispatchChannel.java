package io.github.jiguan.core.fleet;

import io.github.jiguan.core.Checks;


/** How a dispatch order was issued. */
public enum DispatchChannel {
    /** Through the platform (网上派车). */
    ONLINE("网上派车"),
    /** On a paper slip (纸质派车单), entered later: a finding in itself. */
    PAPER("纸质派车");

    private final String chineseName;

    DispatchChannel(String chineseName) {
        this.chineseName = chineseName;
    }

    /** The Chinese name, such as 纸质派车. */
    public String chineseName() {
        return chineseName;
    }

    /** Parses a channel from its code or its Chinese name. */
    public static DispatchChannel parse(String text) {
        return Checks.code("channel", DispatchChannel.class, text, DispatchChannel::chineseName);
    }
}
