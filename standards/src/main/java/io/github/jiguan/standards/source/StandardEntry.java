package io.github.jiguan.standards.source;

/**
 * One row of a standard file: a figure or rule with the article it comes from.
 *
 * @param key         the key, such as {@code office.COUNTY.CDP}
 * @param value       the value as written, stripped
 * @param article     the article, table or note it comes from, such as 表1; may be empty
 * @param provisional whether the figure is provisional (not confirmed from the original text, or a
 *                    default the standard leaves to the provinces)
 * @param note        a free-text note; may be empty
 * @param line        the line of the file it was read from
 */
public record StandardEntry(String key, String value, String article, boolean provisional, String note, long line) {
}
