/**
 * The vehicle register the gateway admits terminals by: docs/formats.md vehicles.csv with an optional
 * {@code terminal_phone} column, and the one normal form of terminal phone numbers.
 *
 * <p>Null policy: arguments are never null; an entry without a phone has an empty
 * {@link io.github.jiguan.examples.gateway.register.RegisterEntry#phone()}. Immutable and thread-safe.
 */
package io.github.jiguan.examples.gateway.register;
