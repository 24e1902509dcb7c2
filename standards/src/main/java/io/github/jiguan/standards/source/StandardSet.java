package io.github.jiguan.standards.source;

import io.github.jiguan.core.Checks;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The standards an audit uses, each with the province's override files that target it. Override
 * files are routed by the id in their {@code document.overrides} row, never by their order:
 *
 * <pre>{@code
 * StandardSet set = StandardSet.load(List.of(Path.of("hebei-vehicles.csv")),
 *         List.of(VehicleConfigurationStandard.KIND, ReplacementRule.KIND, NewEnergyShareRule.KIND));
 * ReplacementRule rule = set.get(ReplacementRule.KIND);   // national, with Hebei's 250,000 km
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class StandardSet {

    private final Map<String, Standard.Kind<?>> kinds;
    private final Map<String, List<StandardFile>> overrides;

    private StandardSet(Map<String, Standard.Kind<?>> kinds, Map<String, List<StandardFile>> overrides) {
        this.kinds = kinds;
        this.overrides = overrides;
    }

    /**
     * Loads override files for the given kinds of standard.
     *
     * @throws StandardFormatException when a file is malformed, names no standard, or names one not in {@code kinds}
     */
    public static StandardSet load(List<Path> files, List<? extends Standard.Kind<?>> kinds) {
        List<StandardFile> loaded = new ArrayList<>();
        Checks.listOf("override files", files).forEach(p -> loaded.add(StandardFile.load(p)));
        return of(loaded, kinds);
    }

    /**
     * Routes loaded override files to the given kinds of standard.
     *
     * @throws StandardFormatException when a file names no standard, or one not in {@code kinds}
     */
    public static StandardSet of(List<StandardFile> files, List<? extends Standard.Kind<?>> kinds) {
        Map<String, Standard.Kind<?>> byId = new LinkedHashMap<>();
        Checks.listOf("kinds", kinds).forEach(k -> byId.put(k.id(), k));
        Map<String, List<StandardFile>> routed = new LinkedHashMap<>();
        for (StandardFile f : Checks.listOf("override files", files)) {
            String target = f.document().overridden().orElseThrow(() -> new StandardFormatException(f.source(), 0,
                    "document.overrides", null, "is missing: an override names the standard it overrides, one of "
                    + byId.keySet()));
            if (!byId.containsKey(target)) {
                throw new StandardFormatException(f.source(), 0, "document.overrides", target,
                        "is not a standard used here; expected one of " + byId.keySet());
            }
            routed.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
        }
        routed.replaceAll((k, v) -> List.copyOf(v));
        return new StandardSet(Map.copyOf(byId), Map.copyOf(routed));
    }

    /**
     * The standard of {@code kind}, with its overrides applied.
     *
     * @throws IllegalArgumentException when {@code kind} is not one this set was made for
     */
    public <S extends Standard> S get(Standard.Kind<S> kind) {
        if (!kinds.containsKey(kind.id())) {
            throw new IllegalArgumentException(kind.id() + " is not one of " + kinds.keySet());
        }
        return kind.withOverrides(overrides.getOrDefault(kind.id(), List.of()));
    }

    /** The override files that target the standard {@code id}, in the order given. */
    public List<StandardFile> overrides(String id) {
        return overrides.getOrDefault(id, List.of());
    }
}
