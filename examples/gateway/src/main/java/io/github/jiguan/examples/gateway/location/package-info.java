/**
 * Positions: the handler that stores 0x0200, 0x0704 and 0x0201 positions and acknowledges them only
 * after commit, pushing back on the connection when storage is slow. JT/T 808-2013 §8.18, §8.47
 * (2019 §8.18, §8.52).
 *
 * <p>Null policy: arguments are never null. One handler per connection, on its event loop.
 */
package io.github.jiguan.examples.gateway.location;
