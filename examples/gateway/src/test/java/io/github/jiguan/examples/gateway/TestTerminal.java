package io.github.jiguan.examples.gateway;

import io.github.jiguan.telematics.jt808.Jt808Decoder;
import io.github.jiguan.telematics.jt808.Jt808Encoder;
import io.github.jiguan.telematics.jt808.Jt808Header;
import io.github.jiguan.telematics.jt808.Jt808Message;
import io.github.jiguan.telematics.jt808.Jt808StreamSplitter;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import io.github.jiguan.telematics.jt808.message.RegisterResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * A terminal for tests, on a blocking loopback socket: sends messages of its phone and edition,
 * reads what the gateway answers. Not thread-safe.
 */
public final class TestTerminal implements AutoCloseable {

    /** How long a test waits for an answer before it fails. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;
    private final String phone;
    private final ProtocolVersion version;
    private final Jt808StreamSplitter splitter = new Jt808StreamSplitter();
    private final Jt808Decoder decoder = Jt808Decoder.lenient();
    private final Jt808Encoder encoder = Jt808Encoder.standard();
    private final Deque<Jt808Message> received = new ArrayDeque<>();
    private int serial;

    /** Connects to 127.0.0.1:{@code port} as {@code phone} speaking {@code version}. */
    public TestTerminal(int port, String phone, ProtocolVersion version) {
        try {
            this.socket = new Socket("127.0.0.1", port);
            this.socket.setTcpNoDelay(true);
            this.out = socket.getOutputStream();
            this.in = socket.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.phone = phone;
        this.version = version;
    }

    /** A header of this terminal for the next serial. */
    public Jt808Header nextHeader(int messageId) {
        return Jt808Header.of(messageId, version, phone, serial++ & 0xffff);
    }

    /** Sends {@code body} (split into subpackages if long); returns the serial of its first frame. */
    public int send(Jt808Body body) {
        Jt808Header h = nextHeader(body.messageId());
        List<byte[]> frames = encoder.encodeAll(h, body);
        serial += frames.size() - 1;
        frames.forEach(this::sendRaw);
        return h.serial();
    }

    /** The frames of {@code body} without sending them (for tests that send some of them). */
    public List<byte[]> frames(Jt808Body body) {
        Jt808Header h = nextHeader(body.messageId());
        List<byte[]> frames = encoder.encodeAll(h, body);
        serial += frames.size() - 1;
        return frames;
    }

    /** Sends bytes as they are. */
    public void sendRaw(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next message from the gateway, or null when none comes within {@code timeout} or the connection closed. */
    public Jt808Message receive(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[4096];
        while (received.isEmpty()) {
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (left <= 0) {
                return null;
            }
            try {
                socket.setSoTimeout((int) Math.max(1, left));
                int n = in.read(buf);
                if (n < 0) {
                    return null;
                }
                for (byte[] f : splitter.feed(java.util.Arrays.copyOf(buf, n))) {
                    received.add(decoder.decode(f));
                }
            } catch (SocketTimeoutException e) {
                return null;
            } catch (IOException e) {
                return null;
            }
        }
        return received.poll();
    }

    /** The next message, which must be of {@code type}. */
    public <T extends Jt808Body> T expect(Class<T> type) {
        Jt808Message m = receive(WAIT);
        if (m == null) {
            throw new AssertionError("no " + type.getSimpleName() + " within " + WAIT);
        }
        if (!type.isInstance(m.body())) {
            throw new AssertionError("expected " + type.getSimpleName() + " but got " + m.body());
        }
        return type.cast(m.body());
    }

    /** The next 0x8001, which must answer {@code serial}. */
    public PlatformGeneralResponse expectAck(int serial) {
        PlatformGeneralResponse r = expect(PlatformGeneralResponse.class);
        if (r.responseSerial() != serial) {
            throw new AssertionError("0x8001 answers serial " + r.responseSerial() + ", expected " + serial + ": " + r);
        }
        return r;
    }

    /** True when the gateway closes the connection within {@code timeout} (messages before the close are skipped). */
    public boolean closedWithin(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        received.clear();
        byte[] buf = new byte[4096];
        while (System.nanoTime() < deadline) {
            try {
                socket.setSoTimeout((int) Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                if (in.read(buf) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                return false;
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    /** A register body of this terminal's edition for {@code plate}. */
    public RegisterRequest registerBody(String plate) {
        ProtocolVersion layout = version == ProtocolVersion.V2019 ? ProtocolVersion.V2019 : version;
        return new RegisterRequest(layout, 13, 100, "JGN01", "SIM-808", "T" + phone.substring(Math.max(0, phone.length() - 6)),
                1, plate);
    }

    /** Registers with {@code plate}; returns the 0x8100. */
    public RegisterResponse register(String plate) {
        send(registerBody(plate));
        return expect(RegisterResponse.class);
    }

    /** Authenticates with {@code code}; returns the 0x8001. */
    public PlatformGeneralResponse authenticate(String code) {
        return authenticate(code, "86" + "0".repeat(11) + "42");
    }

    /** Authenticates with {@code code} and {@code imei} (used by 2019 only); returns the 0x8001. */
    public PlatformGeneralResponse authenticate(String code, String imei) {
        AuthenticationRequest a = version == ProtocolVersion.V2019
                ? new AuthenticationRequest(ProtocolVersion.V2019, code, imei, "1.0.0")
                : new AuthenticationRequest(ProtocolVersion.V2013, code, "", "");
        int s = send(a);
        return expectAck(s);
    }

    /** The phone. */
    public String phone() {
        return phone;
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a test socket
        }
    }
}
