package io.github.jiguan.telematics.jt808.codec;

import io.github.jiguan.telematics.jt808.message.MessageId;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body codecs by message id: {@code Map<MessageId, BodyCodec<?>>} for the standard table plus
 * any codecs a platform adds for vendor ids. Decoding dispatches through it, never through an
 * if-chain on the id. Immutable and thread-safe; {@link #with} returns a new registry.
 */
public final class BodyCodecRegistry {

    private static final BodyCodecRegistry STANDARD = build();

    private final EnumMap<MessageId, BodyCodec<?>> standard;
    private final Map<Integer, BodyCodec<?>> others;

    private BodyCodecRegistry(EnumMap<MessageId, BodyCodec<?>> standard, Map<Integer, BodyCodec<?>> others) {
        this.standard = standard;
        this.others = others;
    }

    private static BodyCodecRegistry build() {
        EnumMap<MessageId, BodyCodec<?>> map = new EnumMap<>(MessageId.class);
        for (BodyCodec<?> codec : StandardBodyCodecs.all()) {
            MessageId id = MessageId.lookup(codec.messageId());
            if (id == null || map.put(id, codec) != null) {
                throw new IllegalStateException("bad or duplicate standard codec: " + codec);
            }
        }
        return new BodyCodecRegistry(map, Map.of());
    }

    /** The codecs of every message id of the standard. */
    public static BodyCodecRegistry standard() {
        return STANDARD;
    }

    /** A registry with {@code codec} added, replacing any codec of the same message id. */
    public BodyCodecRegistry with(BodyCodec<?> codec) {
        EnumMap<MessageId, BodyCodec<?>> s = new EnumMap<>(standard);
        Map<Integer, BodyCodec<?>> o = new HashMap<>(others);
        MessageId id = MessageId.lookup(codec.messageId());
        if (id != null) {
            s.put(id, codec);
        } else {
            o.put(codec.messageId(), codec);
        }
        return new BodyCodecRegistry(s, Map.copyOf(o));
    }

    /** The codec of {@code messageId}, or null when there is none (the body then stays raw). */
    public BodyCodec<?> find(int messageId) {
        MessageId id = MessageId.lookup(messageId);
        if (id != null) {
            BodyCodec<?> c = standard.get(id);
            if (c != null) {
                return c;
            }
        }
        return others.isEmpty() ? null : others.get(messageId);
    }

    /** The message ids that have a codec, in ascending order. */
    public Set<Integer> messageIds() {
        Set<Integer> ids = new TreeSet<>(others.keySet());
        standard.keySet().forEach(id -> ids.add(id.code()));
        return ids;
    }
}
