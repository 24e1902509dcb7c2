package io.github.jiguan.examples.gateway.register;

import io.github.jiguan.core.InvalidValueException;

/**
 * Terminal phone numbers in one form: the digits without the zeros that pad them to the 12 (2011,
 * 2013) or 20 (2019) BCD digits of the header, so that a terminal is the same whichever edition it
 * speaks and however the register writes its number.
 */
public final class Phones {

    /** The most digits a phone number has (the 2019 header's BCD[10]). */
    public static final int MAX_DIGITS = 20;

    private Phones() {
    }

    /**
     * {@code phone} without leading zeros (at least one digit kept).
     *
     * @throws InvalidValueException when it is empty, longer than 20 digits or not all digits
     */
    public static String normalize(String phone) {
        String p = phone.strip();
        if (p.isEmpty() || p.length() > MAX_DIGITS || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidValueException("terminal_phone", "must be 1 to " + MAX_DIGITS + " decimal digits", phone);
        }
        int i = 0;
        while (i < p.length() - 1 && p.charAt(i) == '0') {
            i++;
        }
        return p.substring(i);
    }
}
