/**
 * Platform commands: {@link io.github.jiguan.examples.gateway.command.TerminalCommands}, the small Java
 * API that sends 0x8103, 0x8201, 0x8300, 0x8105 (or any platform message) and correlates the
 * terminal's answers, retransmitting by the standard's timeout rule
 * ({@link io.github.jiguan.examples.gateway.command.RetransmitPolicy}, JT/T 808-2013 §4.4.3).
 *
 * <p>Null policy: arguments are never null; a {@code CommandResult} has null for what did not happen.
 * Thread-safety: {@code TerminalCommands} is thread-safe; the handler is per connection.
 */
package io.github.jiguan.examples.gateway.command;
