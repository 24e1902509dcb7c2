package io.github.jiguan.examples.cli;

import io.github.jiguan.standards.source.StandardFile;
import io.github.jiguan.standards.source.StandardFormatException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The province override files given with {@code --standard}, routed to the standard each overrides. */
final class Standards {

    private final Map<String, List<StandardFile>> byTarget;

    private Standards(Map<String, List<StandardFile>> byTarget) {
        this.byTarget = byTarget;
    }

    /**
     * Loads the files; each must override one of {@code known}.
     *
     * @throws StandardFormatException when a file is malformed or overrides another standard
     */
    static Standards load(List<Path> files, List<String> known) {
        Map<String, List<StandardFile>> byTarget = new HashMap<>();
        for (Path p : files) {
            StandardFile f = StandardFile.load(p);
            String target = f.document().overridden().orElseThrow(() -> new StandardFormatException(f.source(), 0,
                    "document.overrides", null, "is missing: an override names the standard it overrides, one of " + known));
            if (!known.contains(target)) {
                throw new StandardFormatException(f.source(), 0, "document.overrides", target,
                        "is not a standard this command uses; expected one of " + known);
            }
            byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(f);
        }
        return new Standards(byTarget);
    }

    /** The overrides of one standard, in the order given. */
    List<StandardFile> of(String id) {
        return byTarget.getOrDefault(id, List.of());
    }
}
