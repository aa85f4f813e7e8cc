package org.civitas.certification;

import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** The words a certificate prints around its data, in Ukrainian or English. */
final class CertificateWording {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final boolean english;

    CertificateWording(String language) {
        this.english = "en".equalsIgnoreCase(language);
    }

    String title() {
        return english ? "Certificate of Professional Development" : "Сертифікат про підвищення кваліфікації";
    }

    String intro() {
        return english ? "has successfully completed the professional development programme"
                : "успішно завершив(ла) програму підвищення кваліфікації";
    }

    String programKind(String programType, String duration) {
        String type = switch (programType) {
            case "special" -> english ? "special" : "спеціальна";
            case "general" -> english ? "general" : "загальна";
            default -> programType;
        };
        String length = switch (duration) {
            case "short_term" -> english ? "short-term" : "короткострокова";
            case "long_term" -> english ? "long-term" : "довгострокова";
            default -> duration;
        };
        return (english ? "Programme: " : "Програма: ") + type + ", " + length;
    }

    String volume(int hours, BigDecimal ects) {
        return (english ? "Volume: " : "Обсяг: ") + hours(hours, english) + " (" + ects(ects, english) + ")";
    }

    @Nullable String dates(@Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
        if (startsOn == null && endsOn == null) {
            return null;
        }
        String label = english ? "Training dates: " : "Строк навчання: ";
        if (startsOn != null && endsOn != null) {
            return label + DATE.format(startsOn) + " – " + DATE.format(endsOn);
        }
        return startsOn != null ? label + (english ? "from " : "з ") + DATE.format(startsOn)
                : label + (english ? "until " : "до ") + DATE.format(endsOn);
    }

    String outcomes() {
        return english ? "Learning outcomes:" : "Результати навчання:";
    }

    String issuedOn(LocalDate date) {
        return (english ? "Date of issue: " : "Дата видачі: ") + DATE.format(date);
    }

    String validUntil(LocalDate date) {
        return (english ? "Valid until: " : "Чинний до: ") + DATE.format(date);
    }

    String serial(String serial) {
        return (english ? "Registration number: " : "Реєстраційний номер: ") + serial;
    }

    String verify() {
        return english ? "Verify:" : "Перевірка:";
    }

    /** "60 годин", "22 години", "21 година"; "1 hour", "60 hours". */
    static String hours(int hours, boolean english) {
        if (english) {
            return hours + (hours == 1 ? " hour" : " hours");
        }
        return hours + " " + ukrainianPlural(hours, "година", "години", "годин");
    }

    /**
     * "2 кредити ЄКТС", "5 кредитів ЄКТС", "1,5 кредиту ЄКТС" (a fraction takes the genitive
     * singular); "1 ECTS credit", "1.5 ECTS credits".
     */
    static String ects(BigDecimal ects, boolean english) {
        BigDecimal value = ects.stripTrailingZeros();
        if (value.scale() < 0) {
            value = value.setScale(0);
        }
        String number = value.toPlainString();
        if (english) {
            return number + (value.compareTo(BigDecimal.ONE) == 0 ? " ECTS credit" : " ECTS credits");
        }
        String word = value.scale() > 0 ? "кредиту"
                : ukrainianPlural(value.remainder(BigDecimal.valueOf(100)).intValue(), "кредит", "кредити", "кредитів");
        return number.replace('.', ',') + " " + word + " ЄКТС";
    }

    /** Ukrainian counts: 1, 21, 31 take the first form; 2–4, 22–24 the second; the rest (and 11–14) the third. */
    static String ukrainianPlural(long n, String one, String few, String many) {
        long tens = Math.abs(n) % 100;
        long units = tens % 10;
        if (tens >= 11 && tens <= 14) {
            return many;
        }
        if (units == 1) {
            return one;
        }
        return units >= 2 && units <= 4 ? few : many;
    }
}
