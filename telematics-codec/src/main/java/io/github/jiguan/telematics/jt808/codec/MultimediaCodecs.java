package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.AudioRecording;
import io.github.jiguan.telematics.jt808.message.CameraShot;
import io.github.jiguan.telematics.jt808.message.CameraShotResponse;
import io.github.jiguan.telematics.jt808.message.LocationReport;
import io.github.jiguan.telematics.jt808.message.MessageId;
import io.github.jiguan.telematics.jt808.message.MultimediaData;
import io.github.jiguan.telematics.jt808.message.MultimediaDataResponse;
import io.github.jiguan.telematics.jt808.message.MultimediaEvent;
import io.github.jiguan.telematics.jt808.message.MultimediaSearch;
import io.github.jiguan.telematics.jt808.message.MultimediaSearchResponse;
import io.github.jiguan.telematics.jt808.message.MultimediaUpload;
import io.github.jiguan.telematics.jt808.message.Octets;
import io.github.jiguan.telematics.jt808.message.ProtocolVersion;
import io.github.jiguan.telematics.jt808.message.SingleMultimediaUpload;
import java.util.List;

/** Multimedia: events and data (0x0800, 0x0801, 0x8800), camera (0x8801, 0x0805), search and upload (0x8802, 0x0802, 0x8803, 0x8805), audio (0x8804). */
final class MultimediaCodecs {

    private MultimediaCodecs() {
    }

    static List<BodyCodec<?>> codecs() {
        return List.of(
                BodyCodec.of(MessageId.MULTIMEDIA_EVENT.code(), MultimediaEvent.class,
                        in -> new MultimediaEvent(in.u32("media id"), in.u8("media type"), in.u8("format"), in.u8("event"),
                                in.u8("channel")),
                        (b, out) -> out.u32("mediaId", b.mediaId()).u8("mediaType", b.mediaType()).u8("format", b.format())
                                .u8("event", b.event()).u8("channel", b.channel())),
                BodyCodec.of(MessageId.MULTIMEDIA_DATA.code(), MultimediaData.class,
                        MultimediaCodecs::data, MultimediaCodecs::data),
                BodyCodec.of(MessageId.MULTIMEDIA_DATA_RESPONSE.code(), MultimediaDataResponse.class,
                        MultimediaCodecs::dataResponse, MultimediaCodecs::dataResponse),
                BodyCodec.of(MessageId.CAMERA_SHOT.code(), CameraShot.class,
                        in -> new CameraShot(in.u8("channel"), in.u16("command"), in.u16("interval"), in.u8("save"),
                                in.u8("resolution"), in.u8("quality"), in.u8("brightness"), in.u8("contrast"),
                                in.u8("saturation"), in.u8("chroma")),
                        (b, out) -> out.u8("channel", b.channel()).u16("command", b.command()).u16("interval", b.interval())
                                .u8("save", b.save()).u8("resolution", b.resolution()).u8("quality", b.quality())
                                .u8("brightness", b.brightness()).u8("contrast", b.contrast())
                                .u8("saturation", b.saturation()).u8("chroma", b.chroma())),
                BodyCodec.of(MessageId.CAMERA_SHOT_RESPONSE.code(), CameraShotResponse.class,
                        in -> {
                            int serial = in.u16("response serial");
                            int result = in.u8("result");
                            return in.hasRemaining()
                                    ? new CameraShotResponse(serial, result, Lists.wordCounted(in, "media id", Lists::dword), false)
                                    : new CameraShotResponse(serial, result, List.of(), true);
                        },
                        (b, out) -> {
                            out.u16("responseSerial", b.responseSerial()).u8("result", b.result());
                            if (!b.countOmitted()) {
                                Lists.writeWordCounted(out, "mediaIds", b.mediaIds(), Lists::dword);
                            }
                        }),
                BodyCodec.of(MessageId.MULTIMEDIA_SEARCH.code(), MultimediaSearch.class,
                        in -> new MultimediaSearch(in.u8("media type"), in.u8("channel"), in.u8("event"), in.time("start"),
                                in.time("end")),
                        (b, out) -> out.u8("mediaType", b.mediaType()).u8("channel", b.channel()).u8("event", b.event())
                                .time(b.start()).time(b.end())),
                BodyCodec.of(MessageId.MULTIMEDIA_SEARCH_RESPONSE.code(), MultimediaSearchResponse.class,
                        in -> new MultimediaSearchResponse(in.version(), in.u16("response serial"),
                                Lists.wordCounted(in, "media item", r -> mediaItem(r, in.version() != ProtocolVersion.V2011))),
                        (b, out) -> Lists.writeWordCounted(out.u16("responseSerial", b.responseSerial()), "items", b.items(),
                                (i, o) -> mediaItem(i, o, b.layout() != ProtocolVersion.V2011))),
                BodyCodec.of(MessageId.MULTIMEDIA_UPLOAD.code(), MultimediaUpload.class,
                        in -> new MultimediaUpload(in.u8("media type"), in.u8("channel"), in.u8("event"), in.time("start"),
                                in.time("end"), in.u8("delete")),
                        (b, out) -> out.u8("mediaType", b.mediaType()).u8("channel", b.channel()).u8("event", b.event())
                                .time(b.start()).time(b.end()).u8("delete", b.delete())),
                BodyCodec.of(MessageId.AUDIO_RECORDING.code(), AudioRecording.class,
                        in -> new AudioRecording(in.u8("command"), in.u16("duration"), in.u8("save"), in.u8("sample rate")),
                        (b, out) -> out.u8("command", b.command()).u16("durationSeconds", b.durationSeconds())
                                .u8("save", b.save()).u8("sampleRate", b.sampleRate())),
                BodyCodec.of(MessageId.SINGLE_MULTIMEDIA_UPLOAD.code(), SingleMultimediaUpload.class,
                        in -> new SingleMultimediaUpload(in.u32("media id"), in.u8("delete")),
                        (b, out) -> out.u32("mediaId", b.mediaId()).u8("delete", b.delete())));
    }

    /** The 2011 layout has no location block. */
    private static MultimediaData data(BodyReader in) {
        ProtocolVersion layout = in.version();
        long id = in.u32("media id");
        int type = in.u8("media type");
        int format = in.u8("format");
        int event = in.u8("event");
        int channel = in.u8("channel");
        LocationReport location = layout == ProtocolVersion.V2011 ? null : LocationCodecs.base(in);
        return new MultimediaData(layout, id, type, format, event, channel, location, Octets.of(in.rest()));
    }

    private static void data(MultimediaData b, BodyWriter out) {
        out.u32("mediaId", b.mediaId()).u8("mediaType", b.mediaType()).u8("format", b.format())
                .u8("event", b.event()).u8("channel", b.channel());
        if (b.location() != null) {
            LocationCodecs.base(b.location(), out);
        }
        out.bytes(b.data().toByteArray());
    }

    /** The 2011 layout has no media id in the items. */
    private static MultimediaSearchResponse.MediaItem mediaItem(BodyReader in, boolean withId) {
        long id = withId ? in.u32("media id") : 0;
        return new MultimediaSearchResponse.MediaItem(id, in.u8("media type"), in.u8("channel"), in.u8("event"),
                LocationCodecs.base(in));
    }

    private static void mediaItem(MultimediaSearchResponse.MediaItem i, BodyWriter out, boolean withId) {
        if (withId) {
            out.u32("mediaId", i.mediaId());
        }
        out.u8("mediaType", i.mediaType()).u8("channel", i.channel()).u8("event", i.event());
        LocationCodecs.base(i.location(), out);
    }

    /** Lenient mode keeps a body that stops after the media id as such, so that it re-encodes to its 4 bytes. */
    private static MultimediaDataResponse dataResponse(BodyReader in) {
        long mediaId = in.u32("media id");
        if (!in.hasRemaining() && !in.strict()) {
            return new MultimediaDataResponse(mediaId, List.of(), true);
        }
        return new MultimediaDataResponse(mediaId, Lists.byteCounted(in, "retransmit", Lists::word));
    }

    private static void dataResponse(MultimediaDataResponse b, BodyWriter out) {
        out.u32("mediaId", b.mediaId());
        if (!b.countOmitted()) {
            Lists.writeByteCounted(out, "retransmitIds", b.retransmitIds(), Lists::word);
        }
    }
}
