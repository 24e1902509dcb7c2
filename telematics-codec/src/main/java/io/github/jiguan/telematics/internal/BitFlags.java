package io.github.jiguan.telematics.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.ToIntFunction;

/** Enum sets of the flag DWORDs (alarm, status, vehicle signals): one constant per bit. */
public final class BitFlags {

    private BitFlags() {
    }

    /** The constants of {@code type} whose bit is set in {@code bits}. */
    public static <E extends Enum<E>> Set<E> fromBits(Class<E> type, ToIntFunction<E> bitOf, int bits) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (E e : type.getEnumConstants()) {
            if ((bits & (1 << bitOf.applyAsInt(e))) != 0) {
                set.add(e);
            }
        }
        return set;
    }

    /** The DWORD with the bits of {@code flags} set. */
    public static <E extends Enum<E>> int toBits(Set<E> flags, ToIntFunction<E> bitOf) {
        int bits = 0;
        for (E e : flags) {
            bits |= 1 << bitOf.applyAsInt(e);
        }
        return bits;
    }
}
