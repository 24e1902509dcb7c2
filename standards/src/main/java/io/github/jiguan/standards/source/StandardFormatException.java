package io.github.jiguan.standards.source;

import io.github.jiguan.core.csv.Rejection;

/**
 * A standard file cannot be loaded: it is malformed (a value of the wrong shape, a key twice, an
 * unknown key) or incomplete (a required key, such as one (level, grade) cell of Table 1, is
 * missing). The {@link Rejection} names the file, the line, the key, the value and the reason.
 */
public class StandardFormatException extends RuntimeException {

    private final transient Rejection rejection;

    /** Creates the exception from where the file went wrong and why. */
    public StandardFormatException(Rejection rejection) {
        super(rejection.toString());
        this.rejection = rejection;
    }

    /** Creates the exception for one key of a file. */
    public StandardFormatException(String source, long line, String key, String value, String reason) {
        this(new Rejection(source, line, key, value, reason));
    }

    /** Where the file went wrong and why; the column is the key. */
    public Rejection rejection() {
        return rejection;
    }
}
