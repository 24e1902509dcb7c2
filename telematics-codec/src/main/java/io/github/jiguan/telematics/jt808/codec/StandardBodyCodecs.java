package io.github.jiguan.telematics.jt808.codec;

import java.util.ArrayList;
import java.util.List;

/** Every body codec of the standard message table, for {@link io.github.jiguan.telematics.jt808.BodyCodecRegistry}. */
final class StandardBodyCodecs {

    private StandardBodyCodecs() {
    }

    /** The codecs, one per standard message id. */
    static List<BodyCodec<?>> all() {
        List<BodyCodec<?>> all = new ArrayList<>();
        all.addAll(GeneralCodecs.codecs());
        all.addAll(RegistrationCodecs.codecs());
        all.addAll(ParameterCodecs.codecs());
        all.addAll(LocationCodecs.codecs());
        all.addAll(TextCodecs.codecs());
        all.addAll(AreaCodecs.codecs());
        all.addAll(RecorderCodecs.codecs());
        all.addAll(MultimediaCodecs.codecs());
        all.addAll(TransparentCodecs.codecs());
        return List.copyOf(all);
    }
}
