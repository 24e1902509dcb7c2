package io.github.jiguan.examples.gateway.session;

import io.github.jiguan.examples.gateway.register.Phones;
import io.github.jiguan.examples.gateway.register.Register;
import io.github.jiguan.examples.gateway.register.RegisterEntry;
import io.github.jiguan.examples.gateway.storage.TerminalRecord;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.AuthenticationRequest;
import io.github.jiguan.telematics.jt808.message.RegisterRequest;
import java.time.Clock;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides who may register and authenticate, and remembers the terminals that did. The register says
 * which phone belongs to which vehicle; a phone not in it may not register unless registration is
 * open (then the vehicle is found by the plate the terminal sends, if the register has it). An auth
 * code is accepted only from the phone it was issued to, only while it is that phone's current code (a
 * new registration or a logout voids it), and, for 2019 terminals, only from the IMEI that first used
 * it. The registry changes a terminal only once its new state is stored ({@link #committed}), so that
 * an auth code is never handed out before it is durable. Thread-safe.
 */
public final class TerminalRegistry {

    /** 0x8100 result codes (JT/T 808-2013 Table 7). */
    public static final int RESULT_SUCCESS = 0;
    /** The vehicle is already registered to another terminal. */
    public static final int RESULT_VEHICLE_TAKEN = 1;
    /** The vehicle is not in the register. */
    public static final int RESULT_NO_VEHICLE = 2;
    /** The terminal is not in the register. */
    public static final int RESULT_NO_TERMINAL = 4;

    /** What to answer a registration. */
    public sealed interface Registration {
        /** Refused with a 0x8100 result code. */
        record Refused(int result, String reason) implements Registration {
        }

        /** Accepted: store {@code terminal}, then answer with {@code authCode}. */
        record Accepted(TerminalRecord terminal, String authCode) implements Registration {
        }
    }

    /** What to answer an authentication. */
    public sealed interface Authentication {
        /** Refused, for {@code reason}. */
        record Refused(String reason) implements Authentication {
        }

        /**
         * Accepted: the terminal as it now is; {@code changed} when that differs from what is stored (a first
         * authentication, a new IMEI or software version), which is then worth storing.
         */
        record Accepted(TerminalRecord terminal, boolean changed) implements Authentication {
        }
    }

    private final Register register;
    private final boolean openRegistration;
    private final Sessions sessions;
    private final AuthCodes codes = new AuthCodes();
    private final Clock clock;
    private final ConcurrentHashMap<String, TerminalRecord> terminals = new ConcurrentHashMap<>();

    /**
     * A registry over {@code register}, knowing the terminals {@code stored} from earlier runs.
     *
     * @param openRegistration whether phones not in the register may register
     * @param sessions the live connections
     */
    public TerminalRegistry(Register register, boolean openRegistration, Collection<TerminalRecord> stored,
            Sessions sessions, Clock clock) {
        this.register = Objects.requireNonNull(register, "register");
        this.openRegistration = openRegistration;
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.clock = Objects.requireNonNull(clock, "clock");
        stored.forEach(t -> terminals.put(t.phone(), t));
    }

    /** Decides a 0x0100 from {@code headerPhone} (as sent) read as {@code edition}. */
    public Registration register(String headerPhone, RegisterRequest request, ProtocolVersion edition) {
        String phone = Phones.normalize(headerPhone);
        Optional<RegisterEntry> listed = register.byPhone(phone);
        String vehicleId;
        if (listed.isPresent()) {
            vehicleId = listed.get().vehicle().id();
        } else if (!openRegistration) {
            return new Registration.Refused(RESULT_NO_TERMINAL, "terminal " + phone + " is not in the register");
        } else {
            Optional<RegisterEntry> byPlate = register.byPlate(request.plate().strip());
            if (byPlate.isPresent() && byPlate.get().phone().isPresent()) {
                return new Registration.Refused(RESULT_VEHICLE_TAKEN, "vehicle " + byPlate.get().vehicle().id()
                        + " has terminal " + byPlate.get().phone().get() + " in the register");
            }
            vehicleId = byPlate.map(e -> e.vehicle().id()).orElse(null);
        }
        String code = codes.issue();
        TerminalRecord t = new TerminalRecord(phone, vehicleId, request.plate(), request.plateColor(), edition.year(),
                request.provinceId(), request.cityId(), request.manufacturerId().strip(),
                request.terminalModel().strip(), request.terminalId().strip(), AuthCodes.sha256(code), null, null,
                clock.instant(), null);
        return new Registration.Accepted(t, code);
    }

    /** Decides a 0x0102 from {@code headerPhone}; {@code registeredPhone} is the phone that registered on this connection, or null. */
    public Authentication authenticate(String headerPhone, AuthenticationRequest request, String registeredPhone) {
        String phone = Phones.normalize(headerPhone);
        if (registeredPhone != null && !registeredPhone.equals(phone)) {
            return new Authentication.Refused("phone " + phone + " authenticates on a connection where "
                    + registeredPhone + " registered");
        }
        TerminalRecord t = terminals.get(phone);
        if (t == null) {
            return new Authentication.Refused("terminal " + phone + " never registered");
        }
        if (!openRegistration && register.byPhone(phone).isEmpty()) {
            return new Authentication.Refused("terminal " + phone + " is no longer in the register");
        }
        if (!AuthCodes.matches(request.authCode(), t.authCodeSha256())) {
            return new Authentication.Refused(t.authCodeSha256() == null
                    ? "terminal " + phone + " has no auth code (it logged out): it must register"
                    : "auth code of " + phone + " is not the one issued at its last registration");
        }
        String imei = request.imei().strip();
        if (!imei.isEmpty() && t.imei() != null && !t.imei().equals(imei)) {
            return new Authentication.Refused("auth code of " + phone + " presented by IMEI " + imei
                    + ", issued to IMEI " + t.imei());
        }
        String newImei = imei.isEmpty() ? t.imei() : imei;
        String sw = request.softwareVersion().strip();
        String newSoftware = sw.isEmpty() ? t.softwareVersion() : sw;
        boolean changed = t.authenticatedAt() == null || !java.util.Objects.equals(newImei, t.imei())
                || !java.util.Objects.equals(newSoftware, t.softwareVersion());
        return new Authentication.Accepted(changed ? t.withAuthentication(clock.instant(), newImei, newSoftware) : t,
                changed);
    }

    /** Whether {@code code} is the current auth code of {@code phone}. */
    public boolean isCurrent(String phone, String code) {
        TerminalRecord t = phone == null ? null : terminals.get(phone);
        return t != null && AuthCodes.matches(code, t.authCodeSha256());
    }

    /** The terminal {@code phone} logged out (0x0003): its auth code is void. Store the result. */
    public Optional<TerminalRecord> deregister(String phone) {
        return Optional.ofNullable(terminals.get(phone)).map(t -> t.withAuthCodeSha256(null));
    }

    /** Records {@code terminal} as stored: from now on its auth code is the one that counts. */
    public void committed(TerminalRecord terminal) {
        terminals.put(terminal.phone(), terminal);
    }

    /** The terminal {@code phone} as last stored. */
    public Optional<TerminalRecord> terminal(String phone) {
        return Optional.ofNullable(terminals.get(phone));
    }

    /** Whether phones outside the register may register. */
    public boolean openRegistration() {
        return openRegistration;
    }
}
