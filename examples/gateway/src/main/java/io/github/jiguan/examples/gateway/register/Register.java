package io.github.jiguan.examples.gateway.register;

import io.github.jiguan.core.csv.Rejection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vehicle register the gateway admits terminals by: each vehicle and the phone of its terminal,
 * with the rows of the register file that were refused. Immutable and thread-safe.
 */
public final class Register {

    private final List<RegisterEntry> entries;
    private final List<Rejection> rejections;
    private final Map<String, RegisterEntry> byPhone = new HashMap<>();
    private final Map<String, RegisterEntry> byPlate = new HashMap<>();

    private Register(List<RegisterEntry> entries, List<Rejection> rejections) {
        this.entries = List.copyOf(entries);
        this.rejections = List.copyOf(rejections);
        for (RegisterEntry e : this.entries) {
            e.phone().ifPresent(p -> byPhone.putIfAbsent(p, e));
            byPlate.putIfAbsent(e.vehicle().plate().toString(), e);
        }
    }

    /** An empty register (with open registration, any terminal may register). */
    public static Register empty() {
        return new Register(List.of(), List.of());
    }

    /** A register of {@code entries}, with no rejections. */
    public static Register of(List<RegisterEntry> entries) {
        return new Register(entries, List.of());
    }

    /** A register of {@code entries} read from a file that also had the rows {@code rejections}. */
    public static Register of(List<RegisterEntry> entries, List<Rejection> rejections) {
        return new Register(entries, rejections);
    }

    /** The vehicles, in file order. */
    public List<RegisterEntry> entries() {
        return entries;
    }

    /** The rows of the register file that were refused, with line, column and reason. */
    public List<Rejection> rejections() {
        return rejections;
    }

    /** The entry whose terminal has {@code phone} (normalised, see {@link Phones}), if any. */
    public Optional<RegisterEntry> byPhone(String phone) {
        return Optional.ofNullable(byPhone.get(phone));
    }

    /** The entry whose vehicle has the plate {@code plate} in its normal form, if any. */
    public Optional<RegisterEntry> byPlate(String plate) {
        return Optional.ofNullable(byPlate.get(plate));
    }

    @Override
    public String toString() {
        return "Register[" + entries.size() + " vehicles, " + byPhone.size() + " terminal phones, " + rejections.size()
                + " rejected rows]";
    }
}
