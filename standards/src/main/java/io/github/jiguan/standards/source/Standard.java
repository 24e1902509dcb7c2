package io.github.jiguan.standards.source;

import java.util.List;

/**
 * A standard as Jiguan holds it: the national figures, merged with a province's overrides. Each of
 * the shipped standards (office area, office management, vehicle configuration, replacement,
 * new-energy share) implements it and publishes its {@link Kind} as {@code KIND}, so that a
 * program (the CLI, a platform) loads them by id through a {@link StandardSet}.
 */
public interface Standard {

    /** The id of the national standard, such as {@code office-construction-2014}. */
    String id();

    /** The national document followed by the overrides applied, in order. */
    List<StandardDocument> documents();

    /**
     * How to build one standard: its id, the national one as shipped, and the one with a
     * province's override files applied.
     *
     * @param <S> the standard's class
     */
    interface Kind<S extends Standard> {

        /** The id of the national standard. */
        String id();

        /** The standard's class. */
        Class<S> type();

        /** The national standard as shipped. */
        S national();

        /**
         * The national standard with {@code overrides} applied in order.
         *
         * @throws StandardFormatException when an override is malformed or names another standard
         */
        S withOverrides(List<StandardFile> overrides);

        /** A kind from its parts. */
        static <S extends Standard> Kind<S> of(String id, Class<S> type, java.util.function.Supplier<S> national,
                                               java.util.function.Function<List<StandardFile>, S> withOverrides) {
            return new Kind<>() {
                @Override
                public String id() {
                    return id;
                }

                @Override
                public Class<S> type() {
                    return type;
                }

                @Override
                public S national() {
                    return national.get();
                }

                @Override
                public S withOverrides(List<StandardFile> overrides) {
                    return overrides.isEmpty() ? national.get() : withOverrides.apply(overrides);
                }

                @Override
                public String toString() {
                    return "Standard.Kind[" + id + "]";
                }
            };
        }
    }
}
