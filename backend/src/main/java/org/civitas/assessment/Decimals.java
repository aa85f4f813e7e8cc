package org.civitas.assessment;

import java.math.BigDecimal;

/**
 * Numbers as both formats write them. Fractions travel as percentages ("33.33333", "-50");
 * decimal arithmetic keeps 33.33333 % as 0.3333333 and back, so a round trip gives equal doubles.
 */
final class Decimals {

    private Decimals() {
    }

    /** A number as written in a file; {@link NumberFormatException} when it is not one. */
    static double parse(String text) {
        return new BigDecimal(text.trim()).doubleValue();
    }

    static double fractionOfPercent(String percent) {
        return new BigDecimal(percent.trim()).movePointLeft(2).doubleValue();
    }

    static String percentOf(double fraction) {
        return plain(BigDecimal.valueOf(fraction).movePointRight(2));
    }

    /** The shortest plain form: 1 rather than 1.0, 0.01 rather than 1E-2. */
    static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }

    private static String plain(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }
}
