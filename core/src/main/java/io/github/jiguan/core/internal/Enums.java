package io.github.jiguan.core.internal;

import io.github.jiguan.core.InvalidValueException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses enum constants by code or Chinese name, with a message that lists the allowed codes. Not public API. */
public final class Enums {

    private Enums() {
    }

    /**
     * Returns the constant whose name matches {@code text} case-insensitively or whose Chinese
     * name equals it.
     *
     * @throws InvalidValueException naming {@code field} and the allowed codes otherwise
     */
    public static <E extends Enum<E>> E parse(String field, Class<E> type, String text,
                                              Function<E, String> chineseName) {
        if (text == null) {
            throw new InvalidValueException(field, "is required", null);
        }
        String t = text.strip();
        String upper = t.toUpperCase(Locale.ROOT);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(upper) || chineseName.apply(e).equals(t)) {
                return e;
            }
        }
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        throw new InvalidValueException(field, "must be one of [" + allowed + "]", text);
    }
}
