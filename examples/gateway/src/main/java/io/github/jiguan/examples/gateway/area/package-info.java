/**
 * Areas on terminals: {@link io.github.jiguan.examples.gateway.area.AreaMessages} turns the library's
 * circles and polygons ({@link io.github.jiguan.core.geo.GeoFence}) into the JT/T 808 area messages
 * 0x8600 and 0x8604 a platform sends, and the areas a terminal reports (0x8600, 0x8602, 0x8604
 * bodies) back into them.
 *
 * <p>Null policy: arguments are never null. Thread-safety: stateless. Standard: JT/T 808-2013/2019
 * §8.44–8.49 (area settings).
 */
package io.github.jiguan.examples.gateway.area;
