package org.civitas.attendance;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WatchedStretchesTest {

    @Test
    void stretchesMergeWhenTheyTouchOrOverlapAndCountOnce() {
        WatchedStretches watched = WatchedStretches.parse("").with(0, 40).with(70, 100).with(0, 20);
        assertEquals("0-40,70-100", watched.format());
        assertEquals(70, watched.total());
        assertEquals("0-55,70-100", watched.with(40, 55).format());
        assertEquals("0-100", watched.with(40, 70).format(), "the gap filled joins both sides");
        assertEquals("0-40,50-60,70-100", watched.with(50, 60).format(), "a stretch in a gap stays in order");
        assertEquals("0-100", watched.with(-0, 100).format());
    }

    @Test
    void emptyAndBackwardStretchesAddNothingAndTextRoundTrips() {
        WatchedStretches watched = WatchedStretches.parse("5-10,20-30");
        assertEquals("5-10,20-30", watched.with(12, 12).with(15, 14).format());
        assertEquals(2, watched.count());
        assertEquals("", WatchedStretches.parse("").format());
        assertEquals(0, WatchedStretches.parse("").total());
    }

    @Test
    void theShareNeededIsMetAtItsPercentOfTheLengthAndNeverWithoutOne() {
        assertTrue(WatchedStretches.makesUp(80, 80, 100));
        assertFalse(WatchedStretches.makesUp(80, 79, 100));
        assertTrue(WatchedStretches.makesUp(100, 3600, 3600));
        assertFalse(WatchedStretches.makesUp(null, 3600, 3600));
    }
}
