package io.github.jiguan.telematics.jt808.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Counted lists, the most common shape of a JT/T 808 body. */
final class Lists {

    private Lists() {
    }

    /** Reads {@code count} items with {@code item}. */
    static <T> List<T> read(BodyReader in, int count, Function<BodyReader, T> item) {
        List<T> out = new ArrayList<>(Math.min(count, 1024));
        for (int i = 0; i < count; i++) {
            out.add(item.apply(in));
        }
        return out;
    }

    /** Reads a BYTE count and that many items. */
    static <T> List<T> byteCounted(BodyReader in, String field, Function<BodyReader, T> item) {
        return read(in, in.u8(field + " count"), item);
    }

    /** Reads a WORD count and that many items. */
    static <T> List<T> wordCounted(BodyReader in, String field, Function<BodyReader, T> item) {
        return read(in, in.u16(field + " count"), item);
    }

    /** Writes a BYTE count and the items. */
    static <T> void writeByteCounted(BodyWriter out, String field, List<T> items, BiConsumer<T, BodyWriter> item) {
        out.u8(field + " count", items.size());
        items.forEach(i -> item.accept(i, out));
    }

    /** Writes a WORD count and the items. */
    static <T> void writeWordCounted(BodyWriter out, String field, List<T> items, BiConsumer<T, BodyWriter> item) {
        out.u16(field + " count", items.size());
        items.forEach(i -> item.accept(i, out));
    }

    /** Reads a DWORD as an unsigned long (for id lists). */
    static Long dword(BodyReader in) {
        return in.u32("id");
    }

    /** Writes a DWORD id. */
    static void dword(Long v, BodyWriter out) {
        out.u32("id", v);
    }

    /** Reads a WORD (for index lists). */
    static Integer word(BodyReader in) {
        return in.u16("index");
    }

    /** Writes a WORD index. */
    static void word(Integer v, BodyWriter out) {
        out.u16("index", v);
    }
}
