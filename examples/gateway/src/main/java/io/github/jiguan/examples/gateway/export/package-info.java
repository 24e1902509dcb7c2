/**
 * Getting positions out: stored positions written as docs/formats.md fixes.csv, for reconciliation or any
 * other tool.
 *
 * <p>Null policy: arguments are never null. Stateless and thread-safe.
 */
package io.github.jiguan.examples.gateway.export;
