package io.github.jiguan.telematics.jt808.message;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The additional items of a {@link LocationReport}: an immutable list over one array, equal to any
 * list with the same items. The codec fills a reused array and copies it here once; going through
 * {@code List.of} instead costs a second array, 64 bytes more for the 12 items of the benchmark frame
 * (part of what keeps a fully typed 0x0200 under 400 bytes).
 */
public final class AdditionalItems extends AbstractList<AdditionalItem> implements RandomAccess {

    private static final AdditionalItems EMPTY = new AdditionalItems(new AdditionalItem[0]);

    private final AdditionalItem[] items;

    private AdditionalItems(AdditionalItem[] items) {
        this.items = items;
    }

    /** The first {@code count} items of {@code items}, copied; none may be null. */
    public static AdditionalItems copyOf(AdditionalItem[] items, int count) {
        Objects.checkFromIndexSize(0, count, items.length);
        if (count == 0) {
            return EMPTY;
        }
        AdditionalItem[] copy = Arrays.copyOf(items, count);
        for (AdditionalItem i : copy) {
            Objects.requireNonNull(i, "additional item");
        }
        return new AdditionalItems(copy);
    }

    /** {@code items} as an immutable list: itself when it is one already. */
    public static AdditionalItems copyOf(Collection<? extends AdditionalItem> items) {
        if (items instanceof AdditionalItems a) {
            return a;
        }
        AdditionalItem[] array = items.toArray(new AdditionalItem[0]);
        return copyOf(array, array.length);
    }

    @Override
    public AdditionalItem get(int index) {
        return items[index];
    }

    @Override
    public int size() {
        return items.length;
    }
}
