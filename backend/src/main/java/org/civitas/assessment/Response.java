package org.civitas.assessment;

import java.util.Map;
import java.util.Set;

/**
 * What a learner answered, in the terms of the question version that was shown: indexes are
 * positions in that version's lists, never positions on the screen (display shuffling is mapped
 * back before a response is made), so a response can be scored again against the same version.
 */
sealed interface Response {

    /** Single choice, or true/false: 0 is "true", 1 is "false", as the version's two choices are ordered. */
    record Choice(int index) implements Response {
    }

    /** Multiple choice: every choice ticked. */
    record Choices(Set<Integer> indexes) implements Response {

        public Choices {
            indexes = Set.copyOf(indexes);
        }
    }

    /** Short answer or numerical, as typed; the scorer reads numbers itself ("3,14", " 3.14 ", "1e3"). */
    record Text(String text) implements Response {
    }

    /**
     * Matching: for each pair with a prompt, the pair whose answer text was picked for it. Two pairs
     * with the same answer text offer one answer, so picking either is the same.
     */
    record Matches(Map<Integer, Integer> chosen) implements Response {

        public Matches {
            chosen = Map.copyOf(chosen);
        }
    }
}
