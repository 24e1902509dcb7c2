package io.github.jiguan.core.finding;

import io.github.jiguan.core.InvalidValueException;
import java.util.Locale;

/** The language a finding's sentence is written in: Chinese by default, English on request. */
public enum Language {
    /** 中文, the language of the inspectors and the default of every writer. */
    ZH,
    /** English. */
    EN;

    /**
     * Parses {@code zh} or {@code en} (any case; {@code zh-CN} and {@code en-US} too).
     *
     * @throws InvalidValueException for anything else
     */
    public static Language parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("zh") || t.startsWith("zh-") || t.startsWith("zh_")) {
            return ZH;
        }
        if (t.equals("en") || t.startsWith("en-") || t.startsWith("en_")) {
            return EN;
        }
        throw new InvalidValueException("language", "must be zh or en", text);
    }

    /** The text in this language: {@code zh} for {@link #ZH}, {@code en} for {@link #EN}. */
    public String pick(String zh, String en) {
        return this == ZH ? zh : en;
    }
}
