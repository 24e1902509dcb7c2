/**
 * Standards as versioned data: the text format every shipped standard and every provincial override
 * is written in, its loader, the {@link io.github.jiguan.standards.source.Standard} contract of the
 * shipped standards and the {@link io.github.jiguan.standards.source.StandardSet} that routes a
 * province's override files to them by id. Every verdict cites its rule with core's
 * {@link io.github.jiguan.core.finding.Citation}, made by
 * {@link io.github.jiguan.standards.source.StandardDocument#citation}.
 *
 * <p>A standard file is UTF-8 CSV (read with core's {@code CsvReader}) with the header
 * {@code key,value,article,provisional,note}. Rows whose key starts with {@code document.} describe
 * the source document (id, title, number, issuer, effective date, scope, and for an override the
 * id of the standard it overrides); every other row is one figure or rule, with the article it
 * comes from and whether the figure is provisional. {@link io.github.jiguan.standards.source.StandardFile}
 * reads one file; {@link io.github.jiguan.standards.source.StandardData} merges a national file
 * with provincial overrides, the override's rows replacing the national ones key by key. A file
 * that is malformed, incomplete or names an unknown key is rejected with a
 * {@link io.github.jiguan.standards.source.StandardFormatException} naming file, line, key, value
 * and reason.
 *
 * <p>Null policy: parameters are non-null; absent values are {@link java.util.Optional}. Loaded
 * files and merged data are immutable and thread-safe.
 */
package io.github.jiguan.standards.source;
