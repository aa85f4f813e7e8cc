package org.civitas.certification;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What a certificate's status reads as, and what setting one aside does to it. */
class CertificateStatusTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T10:00:00Z");

    private static CertificateRow row(String status, Instant expires) {
        return new CertificateRow(7L, 1, 2, 2L, "ПК-2026-000001", "CODE", status, "Коваленко Олена", "Програма", "general", "short_term",
                30, BigDecimal.ONE, null, null, List.of(), "Центр", List.of(), ISSUED, null, null, expires, null, null, null, null, null,
                "ab/cd", "00", 100, 1L, 0L);
    }

    @Test
    void aValidCertificateExpiresAtItsEndAndOnlyAValidOne() {
        Instant end = ISSUED.plusSeconds(3600);
        assertEquals("valid", row("valid", end).statusAt(end.minusSeconds(1)));
        assertEquals("expired", row("valid", end).statusAt(end));
        assertEquals("valid", row("valid", null).statusAt(ISSUED.plusSeconds(999_999_999)), "no validity: never expires");
        assertEquals("revoked", row("revoked", end).statusAt(end.plusSeconds(1)), "revoked stays revoked");
        assertEquals("replaced", row("replaced", end).statusAt(end.plusSeconds(1)));
    }

    @Test
    void settingAsideKeepsARevokedStatusAndReplacingNamesTheNewOne() {
        CertificateRow revoked = row("valid", null).revoked("Помилка", 5L, ISSUED);
        assertEquals("revoked", revoked.status());
        CertificateRow aside = revoked.setAside(null);
        assertNull(aside.currentHolder());
        assertEquals("revoked", aside.status());
        CertificateRow replaced = row("valid", null).setAside(9L);
        assertEquals("replaced", replaced.status());
        assertEquals(9L, replaced.replacedBy());
        assertNull(replaced.currentHolder());
    }
}
