package io.github.jiguan.core.csv;

/**
 * A CSV input cannot be read on: a required column is missing from the header, a quoted field is
 * never closed, or (in strict mode) a row was rejected. Carries the {@link Rejection} that says
 * where and why.
 */
public class CsvFormatException extends RuntimeException {

    private final transient Rejection rejection;

    /** Creates the exception from the rejection that stopped the import. */
    public CsvFormatException(Rejection rejection) {
        super(rejection.toString());
        this.rejection = rejection;
    }

    /** Where the input went wrong and why. */
    public Rejection rejection() {
        return rejection;
    }
}
