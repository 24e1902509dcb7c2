package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.telematics.jt808.Jt808Header;
import io.netty.channel.Channel;
import io.netty.util.AttributeKey;
import java.util.Objects;

/**
 * The session of one connection, an explicit state machine: {@link SessionState#CONNECTED} →
 * {@link SessionState#REGISTERED} → {@link SessionState#AUTHENTICATED} → {@link SessionState#CLOSED}
 * (registration may be skipped by a terminal that kept its auth code). After authentication the
 * session is bound to one phone number. A transition the state does not allow throws.
 *
 * <p>Not thread-safe: changed on the connection's event loop only; the state is volatile so that
 * other threads (commands) may read it.
 */
public final class Session {

    private static final AttributeKey<Session> KEY = AttributeKey.valueOf(Session.class, "session");

    private final String connection;
    private volatile SessionState state = SessionState.CONNECTED;
    private String registeredPhone;
    private String phone;
    private String vehicleId;
    private Jt808Header peer;
    private int registrationSerial = -1;
    private io.github.jiguan.telematics.jt808.message.RegisterResponse registration;

    /** A session of a connection named {@code connection} (its remote address and id, for logs). */
    public Session(String connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    /** The session of {@code channel}, created in state CONNECTED on first use. */
    public static Session of(Channel channel) {
        Session s = channel.attr(KEY).get();
        if (s == null) {
            Session fresh = new Session(channel.remoteAddress() + " #" + channel.id().asShortText());
            s = channel.attr(KEY).setIfAbsent(fresh);
            if (s == null) {
                s = fresh;
            }
        }
        return s;
    }

    /** The state. */
    public SessionState state() {
        return state;
    }

    /** True once authenticated and until closed. */
    public boolean isAuthenticated() {
        return state == SessionState.AUTHENTICATED;
    }

    /** True before authentication, when a registration may be answered. */
    public boolean mayRegister() {
        return state == SessionState.CONNECTED || state == SessionState.REGISTERED;
    }

    /** Records a registration of {@code phone}: CONNECTED or REGISTERED → REGISTERED. */
    public void registered(String phone) {
        require(mayRegister(), "register");
        this.registeredPhone = Objects.requireNonNull(phone, "phone");
        state = SessionState.REGISTERED;
    }

    /**
     * Records the answer sent to the registration with serial {@code serial}, so that a retransmission of
     * that registration (its answer was late or lost) gets the same answer, and the same auth code.
     */
    public void answered(int serial, io.github.jiguan.telematics.jt808.message.RegisterResponse response) {
        this.registrationSerial = serial;
        this.registration = response;
    }

    /** The answer sent to the registration with serial {@code serial} on this connection, or null. */
    public io.github.jiguan.telematics.jt808.message.RegisterResponse answerTo(int serial) {
        return serial == registrationSerial ? registration : null;
    }

    /** The phone that registered on this connection, or null. */
    public String registeredPhone() {
        return registeredPhone;
    }

    /** Binds the session to {@code phone} of vehicle {@code vehicleId} (may be null): CONNECTED or REGISTERED → AUTHENTICATED. */
    public void authenticated(String phone, String vehicleId) {
        require(mayRegister(), "authenticate");
        this.phone = Objects.requireNonNull(phone, "phone");
        this.vehicleId = vehicleId;
        state = SessionState.AUTHENTICATED;
    }

    /** Any state → CLOSED. */
    public void closed() {
        state = SessionState.CLOSED;
    }

    /** The phone the session is bound to, or null before authentication. */
    public String phone() {
        return phone;
    }

    /** The vehicle of the bound terminal, or null. */
    public String vehicleId() {
        return vehicleId;
    }

    /** True when authenticated as {@code phone}. */
    public boolean isBoundTo(String phone) {
        return state == SessionState.AUTHENTICATED && this.phone.equals(phone);
    }

    /** The header of the last message the bound terminal sent: the address of what the platform sends it. */
    public Jt808Header peer() {
        return peer;
    }

    /** Records the header of the last message of the bound terminal. */
    public void peer(Jt808Header header) {
        this.peer = header;
    }

    /** The connection's name, for logs. */
    public String connection() {
        return connection;
    }

    private void require(boolean allowed, String what) {
        if (!allowed) {
            throw new IllegalStateException("cannot " + what + " in state " + state + " (" + connection + ")");
        }
    }

    @Override
    public String toString() {
        return "Session[" + connection + " " + state + (phone == null ? "" : " " + phone) + "]";
    }
}
