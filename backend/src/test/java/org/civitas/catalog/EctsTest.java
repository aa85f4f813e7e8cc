package org.civitas.catalog;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EctsTest {
    @ParameterizedTest
    @CsvSource({"30, 1", "45, 1.5", "90, 3", "300, 10", "1, 0.03", "100, 3.33", "2000, 66.67"})
    void oneEctsIsThirtyHours(int hours, String ects) {
        assertEquals(ects, ProgramSummaryView.ects(hours).toString());
    }
}
