package org.civitas.attendance;

import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/** What other features need to know of attendance: who attended which sessions. */
@Singleton
public class Attendance {
    private final AttendanceRepository records;

    Attendance(AttendanceRepository records) {
        this.records = records;
    }

    /**
     * The sessions among {@code sessionIds} each of {@code userIds} attended (present or late), in
     * one query; a session made up by watching its recording counts only when {@code recordingCounts}.
     * Users who attended none are left out.
     */
    public Map<Long, Set<Long>> attendedSessions(Collection<Long> sessionIds, Collection<Long> userIds, boolean recordingCounts) {
        Map<Long, Set<Long>> byUser = new HashMap<>();
        if (sessionIds.isEmpty() || userIds.isEmpty()) {
            return byUser;
        }
        for (AttendanceRow row : records.findAttended(sessionIds, userIds)) {
            if (recordingCounts || !AttendanceRow.RECORDING.equals(row.source())) {
                byUser.computeIfAbsent(row.userId(), k -> new HashSet<>()).add(row.sessionId());
            }
        }
        return byUser;
    }
}
