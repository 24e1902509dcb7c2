/**
 * Jiguan standards: the national office-space and official-vehicle standards as versioned data,
 * with calculators and audits whose every verdict cites the document, article and figure applied.
 *
 * <p>Null policy: parameters are non-null unless documented otherwise. Loaded standards are
 * immutable and thread-safe.
 */
package io.github.jiguan.standards;
