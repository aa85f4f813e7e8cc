package org.civitas.attendance;

import io.micronaut.core.io.Writable;
import jakarta.inject.Singleton;
import org.civitas.enrollment.Participant;
import org.civitas.identity.Caller;
import org.civitas.platform.tables.Exports;
import org.civitas.schedule.SessionFacts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The registers as files for the program's staff: checked and read on the request, then written as the answer goes out. */
@Singleton
class RegisterExports {
    private static final List<String> SESSION_HEADER = List.of("Прізвище, ім’я, по батькові", "Email", "Організація",
            "Зареєстровано", "Статус", "Хвилини", "Джерело", "Примітка", "Змінено");
    private static final List<String> PROGRAM_HEADER = List.of("Заняття", "Початок", "Прізвище, ім’я, по батькові", "Email",
            "Організація", "Статус", "Хвилини", "Джерело");
    private final Registers registers;

    RegisterExports(Registers registers) {
        this.registers = registers;
    }

    Writable session(long sessionId, Caller caller, boolean xlsx) {
        List<List<Object>> rows = new ArrayList<>();
        for (Views.Entry e : registers.register(sessionId, caller)) {
            rows.add(java.util.Arrays.asList(e.fullName(), e.email(), e.organization(), e.registered() ? "так" : "ні", e.status(),
                    e.minutes(), e.source(), e.note(), e.updatedAt()));
        }
        return Exports.writable(xlsx, "Відвідування", SESSION_HEADER, rows);
    }

    Writable program(long programId, Caller caller, boolean xlsx) {
        Registers.ProgramRegister register = registers.programRegister(programId, caller);
        List<List<Object>> rows = new ArrayList<>();
        for (SessionFacts session : register.sessions()) {
            Map<Long, AttendanceRow> records = register.records().getOrDefault(session.id(), Map.of());
            String starts = session.startsAt().atZone(ZoneId.of(session.timeZone())).toLocalDateTime().toString().replace('T', ' ');
            for (Participant p : register.participants()) {
                AttendanceRow row = records.get(p.userId());
                rows.add(java.util.Arrays.asList(session.title(), starts, Registers.fullName(p), p.email(), p.organization(),
                        row == null ? null : row.status(), row == null ? null : row.minutes(), row == null ? null : row.source()));
            }
        }
        return Exports.writable(xlsx, "Відвідування", PROGRAM_HEADER, rows);
    }
}
