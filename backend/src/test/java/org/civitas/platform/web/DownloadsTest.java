package org.civitas.platform.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DownloadsTest {
    @Test
    void rangesAsPlayersAndDownloadManagersAskForThem() {
        assertEquals(new Downloads.Range(0, 0, false), Downloads.range("bytes=0-0", 100));
        assertEquals(new Downloads.Range(10, 99, false), Downloads.range("bytes=10-", 100));
        assertEquals(new Downloads.Range(90, 99, false), Downloads.range("bytes=-10", 100));
        assertEquals(new Downloads.Range(0, 99, false), Downloads.range("bytes=-500", 100), "a suffix longer than the file is all of it");
        assertEquals(new Downloads.Range(50, 99, false), Downloads.range("bytes=50-5000", 100), "an end past the file ends there");
    }

    @Test
    void unsatisfiableAndIgnoredRanges() {
        assertEquals(true, Downloads.range("bytes=100-", 100).unsatisfiable());
        assertEquals(true, Downloads.range("bytes=-0", 100).unsatisfiable());
        assertEquals(true, Downloads.range("bytes=99999999999999999999-", 100).unsatisfiable());
        assertNull(Downloads.range(null, 100));
        assertNull(Downloads.range("bytes=0-1,5-6", 100), "several ranges: the whole file");
        assertNull(Downloads.range("items=0-1", 100));
        assertNull(Downloads.range("bytes=5-1", 100));
        assertNull(Downloads.range("bytes=-", 100));
    }
}
