package io.github.jiguan.examples.cli.demo;

import io.github.jiguan.core.finding.Finding;
import java.util.Objects;

/**
 * A finding with the audit that made it.
 *
 * @param audit   the audit
 * @param finding the finding
 */
public record AuditedFinding(Audit audit, Finding finding) {

    /** Checks the fields. */
    public AuditedFinding {
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(finding, "finding");
    }
}
