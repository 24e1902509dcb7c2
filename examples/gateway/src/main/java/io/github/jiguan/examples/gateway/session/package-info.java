/**
 * The terminal's session (JT/T 808-2013 §7, 2019 §7): the state machine of a connection
 * ({@link io.github.jiguan.examples.gateway.session.Session}), who may register and authenticate
 * ({@link io.github.jiguan.examples.gateway.session.TerminalRegistry}), the auth codes, the live
 * authenticated connections, and the handlers for the session, bad frames and the connection's bounds.
 *
 * <p>Null policy: arguments are never null unless a parameter says so. Thread-safety:
 * {@code TerminalRegistry}, {@code Sessions} and {@code AuthCodes} are thread-safe; {@code Session},
 * {@code ReadGate} and the handlers belong to one connection and are used on its event loop.
 */
package io.github.jiguan.examples.gateway.session;
