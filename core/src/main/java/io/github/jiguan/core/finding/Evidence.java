package io.github.jiguan.core.finding;

/**
 * The typed evidence of one rule: a record whose components are the facts the rule compared, in
 * their own types (an {@link java.time.Instant}, a {@link java.time.Duration}, metres as a
 * {@code double} named {@code …Metres}, m² as an exact {@link io.github.jiguan.core.office.Area},
 * yuan as a {@link java.math.BigDecimal} named {@code …Yuan}, counts, ids, nested records such as a
 * {@link io.github.jiguan.core.track.Trip}).
 *
 * <p>Every rule has its own evidence record, named by its {@link Finding.Type#evidenceType()}, so a
 * program reads it with {@link Finding#evidence(Class)} rather than parsing text. Writers turn the
 * components into JSON by name ({@link EvidenceJson}) and into a sentence by the finding's type.
 * Implementations must be records of immutable values.
 */
public interface Evidence {
}
