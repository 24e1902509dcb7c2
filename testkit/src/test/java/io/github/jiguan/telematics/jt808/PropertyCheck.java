package io.github.jiguan.telematics.jt808;

import io.github.jiguan.testkit.Generator;
import io.github.jiguan.testkit.jt808.Jt808Frames;
import io.github.jiguan.testkit.quicktheories.QtCheck;
import java.util.HexFormat;
import java.util.function.Consumer;
import java.util.function.Function;

/** The codec properties' common size, and byte strings shown in hex when a property fails. */
final class PropertyCheck {

    /** The size passed to the generators: lists of up to about 30 elements, text of up to 30 characters. */
    static final int SIZE = 30;

    private PropertyCheck() {
    }

    /** Checks {@code property} for {@code examples} values of {@code generator}, described by {@code describe}. */
    static <T> void forAll(int examples, Generator<T> generator, Function<? super T, String> describe,
            Consumer<T> property) {
        QtCheck.forAll(examples, generator, SIZE, describe, property);
    }

    /** Checks {@code property} for {@code examples} frames or byte strings, shown in hex. */
    static void forAllBytes(int examples, Generator<byte[]> generator, Consumer<byte[]> property) {
        forAll(examples, generator, HexFormat.of()::formatHex, property);
    }

    /** Valid frames of every message id in every edition, as bytes. */
    static Generator<byte[]> validFrames() {
        return Jt808Frames.frames().map(Jt808Frames.Frame::bytes);
    }
}
