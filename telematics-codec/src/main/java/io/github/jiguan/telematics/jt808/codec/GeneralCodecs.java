package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.DriverIdentityRequest;
import io.github.jiguan.telematics.jt808.message.Heartbeat;
import io.github.jiguan.telematics.jt808.message.Jt808Body;
import io.github.jiguan.telematics.jt808.message.LinkCheck;
import io.github.jiguan.telematics.jt808.message.LocationQuery;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.PlatformGeneralResponse;
import io.github.jiguan.telematics.jt808.message.QueryAttributes;
import io.github.jiguan.telematics.jt808.message.QueryParameters;
import io.github.jiguan.telematics.jt808.message.QueryServerTime;
import io.github.jiguan.telematics.jt808.message.RetransmitRequest;
import io.github.jiguan.telematics.jt808.message.ServerTimeResponse;
import io.github.jiguan.telematics.jt808.message.TerminalGeneralResponse;
import io.github.jiguan.telematics.jt808.message.TerminalLogout;
import io.github.jiguan.telematics.jt808.message.TerminalRetransmitRequest;
import java.util.List;
import java.util.function.Supplier;

/** General responses, heartbeat, logout, server time, link check, retransmission and the empty queries. */
final class GeneralCodecs {

    private GeneralCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.TERMINAL_GENERAL_RESPONSE.code(), TerminalGeneralResponse.class,
                        in -> new TerminalGeneralResponse(in.u16("response serial"), in.u16("response id"), in.u8("result")),
                        (b, out) -> out.u16("responseSerial", b.responseSerial())
                                .u16("responseMessageId", b.responseMessageId()).u8("result", b.result())),
                BodyCodec.of(MessageId.PLATFORM_GENERAL_RESPONSE.code(), PlatformGeneralResponse.class,
                        in -> new PlatformGeneralResponse(in.u16("response serial"), in.u16("response id"), in.u8("result")),
                        (b, out) -> out.u16("responseSerial", b.responseSerial())
                                .u16("responseMessageId", b.responseMessageId()).u8("result", b.result())),
                empty(MessageId.HEARTBEAT, Heartbeat.class, Heartbeat::new),
                empty(MessageId.TERMINAL_LOGOUT, TerminalLogout.class, TerminalLogout::new),
                empty(MessageId.QUERY_SERVER_TIME, QueryServerTime.class, QueryServerTime::new),
                empty(MessageId.QUERY_PARAMETERS, QueryParameters.class, QueryParameters::new),
                empty(MessageId.QUERY_ATTRIBUTES, QueryAttributes.class, QueryAttributes::new),
                empty(MessageId.LOCATION_QUERY, LocationQuery.class, LocationQuery::new),
                empty(MessageId.LINK_CHECK, LinkCheck.class, LinkCheck::new),
                empty(MessageId.DRIVER_IDENTITY_REQUEST, DriverIdentityRequest.class, DriverIdentityRequest::new),
                BodyCodec.of(MessageId.SERVER_TIME_RESPONSE.code(), ServerTimeResponse.class,
                        in -> new ServerTimeResponse(in.time("time")), (b, out) -> out.time(b.time())),
                BodyCodec.of(MessageId.RETRANSMIT_REQUEST.code(), RetransmitRequest.class,
                        in -> new RetransmitRequest(in.u16("original serial"), indices(in)),
                        (b, out) -> writeIndices(out.u16("originalSerial", b.originalSerial()), b.packageIds())),
                BodyCodec.of(MessageId.TERMINAL_RETRANSMIT_REQUEST.code(), TerminalRetransmitRequest.class,
                        in -> new TerminalRetransmitRequest(in.u16("original serial"), indices(in)),
                        (b, out) -> writeIndices(out.u16("originalSerial", b.originalSerial()), b.packageIds())));
    }

    /** Retransmission lists: a BYTE count before 2019, a WORD count in 2019 (JT/T 808-2019 §8.6). */
    private static List<Integer> indices(BodyReader in) {
        return in.version().is2019() ? Lists.wordCounted(in, "package", Lists::word)
                : Lists.byteCounted(in, "package", Lists::word);
    }

    private static void writeIndices(BodyWriter out, List<Integer> ids) {
        if (out.version().is2019()) {
            Lists.writeWordCounted(out, "packageIds", ids, Lists::word);
        } else {
            Lists.writeByteCounted(out, "packageIds", ids, Lists::word);
        }
    }

    private static <T extends Jt808Body> BodyCodec<T> empty(MessageId id, Class<T> type, Supplier<T> make) {
        return BodyCodec.of(id.code(), type, in -> make.get(), (b, out) -> {
        });
    }
}
