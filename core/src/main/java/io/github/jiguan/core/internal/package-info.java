/**
 * Helpers shared by the core packages. Not public API: types here may change without notice.
 * Stateless and thread-safe.
 */
package io.github.jiguan.core.internal;
