package io.github.jiguan.core.finding;

import io.github.jiguan.core.Checks;
import io.github.jiguan.core.InvalidValueException;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding of any Jiguan audit (the dispatch-to-trajectory reconciliation, the office-space
 * audit, the vehicle audit and those that follow), all in one shape: what kind of finding it is,
 * whom it is about, what span it covers, the rule it applied and the typed evidence of that rule.
 *
 * <p>Evidence is data: a program reads it with {@link #evidence(Class)} ({@code
 * f.evidence(TripWithoutOrder.class).trip().distanceMetres()}); prose is made from it only when a
 * writer needs it, with {@link #sentence(Language)}, in Chinese or English.
 *
 * @param type     the kind of finding, with its code and names
 * @param subjects the vehicle, order, person, rooms, agency or building it is about
 * @param coverage the interval of time or span of dates it covers
 * @param rule     the rule applied: document, number, article, figure
 * @param evidence the facts the rule compared, an instance of {@code type.evidenceType()}
 */
public record Finding(Type type, Subjects subjects, Coverage coverage, Citation rule, Evidence evidence) {

    /**
     * What one kind of finding is called and what evidence it carries: the Chinese name inspectors
     * use, the English name, and the record class of its evidence. A {@link Type} enum's constants each
     * hold one, so that an audit states its names once, in its constants.
     *
     * @param chinese      the Chinese name, such as 有轨迹无订单
     * @param english      the English name, such as "trip without a dispatch order"
     * @param evidenceType the record class of the evidence
     */
    public record Names(String chinese, String english, Class<? extends Evidence> evidenceType) {

        /** Requires all three. */
        public Names {
            Objects.requireNonNull(chinese, "chinese");
            Objects.requireNonNull(english, "english");
            Objects.requireNonNull(evidenceType, "evidenceType");
        }
    }

    /**
     * A kind of finding: its code (such as {@code TRIP_WITHOUT_ORDER}), its Chinese and English
     * names, the record its evidence comes in, and the sentence it makes of a finding. Each audit's
     * enum of finding types implements it.
     */
    public interface Type {

        /** The code, such as {@code TRIP_WITHOUT_ORDER}: upper case, stable, written to every file. */
        String code();

        /** This kind's names and evidence record type, which the accessors below read. */
        Names names();

        /** The Chinese name inspectors use, such as 有轨迹无订单. */
        default String chineseName() {
            return names().chinese();
        }

        /** The English name, such as "trip without a dispatch order". */
        default String englishName() {
            return names().english();
        }

        /** The record type of this kind's evidence. */
        default Class<? extends Evidence> evidenceType() {
            return names().evidenceType();
        }

        /** One sentence an inspector reads, made from {@code finding}'s subjects, coverage and evidence. */
        String sentence(Finding finding, Language language);

        /** The name in {@code language}. */
        default String name(Language language) {
            return language.pick(chineseName(), englishName());
        }
    }

    /**
     * The order findings are reported in, on typed fields only: vehicle (findings without one
     * first), the start of the coverage, the type (in its enum's order), the order, the end, then
     * agency, person, rooms and building.
     */
    public static final Comparator<Finding> REPORT_ORDER = Comparator
            .comparing((Finding f) -> f.subjects().vehicleId().orElse(""))
            .thenComparing(f -> f.coverage().start())
            .thenComparing(Finding::type, Finding::compareTypes)
            .thenComparing(f -> f.subjects().orderId().orElse(""))
            .thenComparing(f -> f.coverage().end())
            .thenComparing(f -> f.subjects().agencyId().orElse(""))
            .thenComparing(f -> f.subjects().personId().orElse(""))
            .thenComparing(f -> f.subjects().roomIds(), Finding::compareLists)
            .thenComparing(f -> f.subjects().buildingId().orElse(""));

    /** Validates the fields: the evidence must be a record of the type's evidence type. */
    public Finding {
        Checks.notNull("type", type);
        Checks.notNull("subjects", subjects);
        Checks.notNull("coverage", coverage);
        Checks.notNull("rule", rule);
        Checks.notNull("evidence", evidence);
        if (!type.evidenceType().isInstance(evidence) || !evidence.getClass().isRecord()) {
            throw new InvalidValueException("evidence", "must be a " + type.evidenceType().getSimpleName()
                    + " record for " + type.code(), evidence.getClass().getName());
        }
    }

    /**
     * The evidence as the record it is.
     *
     * @throws IllegalArgumentException when the evidence is of another type
     */
    public <E extends Evidence> E evidence(Class<E> kind) {
        if (!kind.isInstance(evidence)) {
            throw new IllegalArgumentException(type.code() + " evidence is a " + evidence.getClass().getSimpleName()
                    + ", not a " + kind.getSimpleName());
        }
        return kind.cast(evidence);
    }

    /** The first instant covered. */
    public Instant start() {
        return coverage.start();
    }

    /** The last instant covered. */
    public Instant end() {
        return coverage.end();
    }

    /** The vehicle's id, if the finding is about a vehicle. */
    public Optional<String> vehicleId() {
        return subjects.vehicleId();
    }

    /** The order's id, if the finding is about a dispatch order. */
    public Optional<String> orderId() {
        return subjects.orderId();
    }

    /** The agency's id, if the finding names one. */
    public Optional<String> agencyId() {
        return subjects.agencyId();
    }

    /** One sentence an inspector reads, in {@code language}. */
    public String sentence(Language language) {
        return type.sentence(this, language);
    }

    /** Types of one enum compare in its order; other types by code, then by their class. */
    static int compareTypes(Type a, Type b) {
        if (a instanceof Enum<?> x && b instanceof Enum<?> y && x.getDeclaringClass() == y.getDeclaringClass()) {
            return Integer.compare(x.ordinal(), y.ordinal());
        }
        int c = a.code().compareTo(b.code());
        return c != 0 ? c : a.getClass().getName().compareTo(b.getClass().getName());
    }

    private static int compareLists(List<String> a, List<String> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
