package io.github.jiguan.testkit.office;

import io.github.jiguan.core.office.Area;
import io.github.jiguan.core.org.Agency;
import io.github.jiguan.core.org.Grade;

/**
 * The office area a person of {@code grade} in {@code agency} is entitled to, from the standard
 * under test (the testkit holds no figures of its own). With jiguan-standards:
 * {@code (agency, grade) -> OfficeSpaceStandard.national().entitlement(agency, grade).area()}.
 */
@FunctionalInterface
public interface Entitlements {

    /** The upper bound of one person's office. */
    Area areaFor(Agency agency, Grade grade);
}
