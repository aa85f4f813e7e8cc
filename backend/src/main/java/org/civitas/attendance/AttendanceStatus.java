package org.civitas.attendance;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

enum AttendanceStatus {
    PRESENT, LATE, EXCUSED, ABSENT;

    String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Optional<AttendanceStatus> parse(String code) {
        return Arrays.stream(values()).filter(s -> s.code().equals(code)).findFirst();
    }
}
