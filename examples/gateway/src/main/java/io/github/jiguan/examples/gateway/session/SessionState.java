package io.github.jiguan.examples.gateway.session;

/**
 * Where a terminal's connection is in the JT/T 808 session (2013 §7.x, 2019 §7.x): it connects, may
 * register (0x0100 → 0x8100, which issues an auth code), authenticates (0x0102 with that code), and
 * only then may report; a logout (0x0003), a refusal or an idle timeout closes it.
 */
public enum SessionState {
    /** Connected, not yet registered or authenticated: only 0x0100 and 0x0102 are accepted. */
    CONNECTED,
    /** Registered on this connection (an auth code was issued): only 0x0100 and 0x0102 are accepted. */
    REGISTERED,
    /** Authenticated: bound to one phone number; every message of that phone is accepted. */
    AUTHENTICATED,
    /** Closed: nothing more is accepted. */
    CLOSED
}
