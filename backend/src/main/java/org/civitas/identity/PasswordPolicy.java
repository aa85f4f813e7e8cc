package org.civitas.identity;

import com.nulabinc.zxcvbn.Zxcvbn;
import org.civitas.platform.errors.ApiException;

import java.util.List;

/**
 * NIST 800-63B / ASVS V6.2: at least 8 characters, up to 128, no composition rules; passwords that
 * are common or trivially guessable (dictionary words, keyboard walks, the user's own name or email)
 * are refused. zxcvbn's estimate below 10^6 guesses counts as "too common".
 */
final class PasswordPolicy {
    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    private static final int WEAKEST_ACCEPTED_SCORE = 2;
    private static final Zxcvbn ESTIMATOR = new Zxcvbn();

    private PasswordPolicy() {
    }

    /** Refuses the password with a field error on {@code field}; {@code personal} are the user's own words. */
    static void check(String field, String password, List<String> personal) {
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            throw ApiException.invalidField(field, "too_short", MIN_LENGTH);
        }
        if (length > MAX_LENGTH) {
            throw ApiException.invalidField(field, "too_long", MAX_LENGTH);
        }
        if (ESTIMATOR.measure(password, personal).getScore() < WEAKEST_ACCEPTED_SCORE) {
            throw ApiException.invalidField(field, "too_common");
        }
    }
}
