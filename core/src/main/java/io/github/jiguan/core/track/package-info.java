/**
 * Trajectories: position fixes ({@link io.github.jiguan.core.track.Fix}) as terminals report them.
 *
 * <p>Fixes are immutable records; parameters are non-null unless documented otherwise.
 * Thread-safe.
 */
package io.github.jiguan.core.track;
