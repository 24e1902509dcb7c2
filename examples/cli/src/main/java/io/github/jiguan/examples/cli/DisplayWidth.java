package io.github.jiguan.examples.cli;

/**
 * Pads text to a width in terminal columns, where a Chinese character takes two: {@code %-10s}
 * counts characters, so a column of 有轨迹无订单 and 终端离线 would not line up.
 */
final class DisplayWidth {

    private DisplayWidth() {
    }

    /** The columns {@code text} takes on a terminal: 2 for each East Asian wide or full-width character, else 1. */
    static int of(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    /** {@code text} followed by spaces up to {@code width} columns (not cut when wider). */
    static String pad(String text, int width) {
        return text + " ".repeat(Math.max(0, width - of(text)));
    }

    private static boolean isWide(int c) {
        return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0xA4CF)
                || (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F)
                || (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
    }
}
