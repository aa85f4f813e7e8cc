package org.civitas.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class SearchPatternTest {
    @Test
    void matchesWhatWasTypedLiterally() {
        assertEquals("%50\\%\\_off%", SearchPattern.contains("  50%_off "));
        assertEquals("%a\\\\b%", SearchPattern.contains("a\\b"));
        assertEquals("%Українка%", SearchPattern.contains("Українка"));
        assertNull(SearchPattern.contains("   "));
        assertNull(SearchPattern.contains(null));
    }
}
