package org.civitas.assessment;

import org.civitas.assessment.ItemAnalysis.Attempt;
import org.civitas.assessment.ItemAnalysis.Item;
import org.civitas.assessment.ItemAnalysis.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class ItemAnalysisTest {

    private static final long SINGLE = 1;
    private static final long MULTIPLE = 2;
    private static final long SHORT = 3;

    /**
     * Four attempts at three questions: single choice and multiple choice worth 1 mark, short answer worth 2.
     * <pre>
     *            single         multiple            short         total (marks)
     *   A   1   (choice 0)   1   (0, 1)         1   → 2 marks     1 + 1   + 2 = 4
     *   B   1   (choice 0)   0.5 (0)            0                 1 + 0.5 + 0 = 1.5
     *   C   0   (choice 2)   0   (2, 3)         0.5 → 1 mark      0 + 0   + 1 = 1
     *   D   0   (choice 1)   0.5 (1)            unanswered        0 + 0.5 + 0 = 0.5
     * </pre>
     */
    private static final List<Attempt> ATTEMPTS = List.of(
            attempt(1, new Response.Choice(0), 1, new Response.Choices(Set.of(0, 1)), 1, new Response.Text("Київ")),
            attempt(1, new Response.Choice(0), 0.5, new Response.Choices(Set.of(0)), 0, new Response.Text("Львів")),
            attempt(0, new Response.Choice(2), 0, new Response.Choices(Set.of(2, 3)), 0.5, new Response.Text("Києв")),
            attempt(0, new Response.Choice(1), 0.5, new Response.Choices(Set.of(1)), 0, null));

    private static Attempt attempt(double single, Response singleResponse, double multiple, Response multipleResponse,
                                   double shortAnswer, Response shortResponse) {
        return new Attempt(Map.of(
                SINGLE, new Item(single, 1, singleResponse),
                MULTIPLE, new Item(multiple, 1, multipleResponse),
                SHORT, new Item(shortAnswer, 2, shortResponse)));
    }

    @Test
    void facilityIsTheMeanFractionAndDiscriminationTheCorrelationWithTheRestOfTheTest() {
        List<Statistics> statistics = ItemAnalysis.analyse(ATTEMPTS);
        assertEquals(List.of(SINGLE, MULTIPLE, SHORT), statistics.stream().map(Statistics::questionId).toList());

        // Single: marks x = 1, 1, 0, 0 (mean 0.5); rest y = 4-1, 1.5-1, 1-0, 0.5-0 = 3, 0.5, 1, 0.5 (mean 1.25)
        // dx = .5, .5, -.5, -.5; dy = 1.75, -.75, -.25, -.75
        // Σdx·dy = .875 - .375 + .125 + .375 = 1; Σdx² = 1; Σdy² = 3.0625 + .5625 + .0625 + .5625 = 4.25
        // r = 1 / √(1 × 4.25) = 0.48507
        Statistics single = statistics.get(0);
        assertEquals(4, single.attempts());
        assertEquals(50, single.facility(), 1e-9); // (1 + 1 + 0 + 0) / 4
        assertEquals(48.507125, single.discrimination(), 1e-6);
        assertEquals(Map.of(0, 2, 1, 1, 2, 1), single.choiceCounts());

        // Multiple: x = 1, .5, 0, .5 (mean .5); y = 3, 1, 1, 0 (mean 1.25)
        // dx = .5, 0, -.5, 0; dy = 1.75, -.25, -.25, -1.25
        // Σdx·dy = .875 + .125 = 1; Σdx² = .5; Σdy² = 3.0625 + .0625 + .0625 + 1.5625 = 4.75
        // r = 1 / √(.5 × 4.75) = 1 / √2.375 = 0.64889
        Statistics multiple = statistics.get(1);
        assertEquals(50, multiple.facility(), 1e-9); // (1 + .5 + 0 + .5) / 4
        assertEquals(64.888568, multiple.discrimination(), 1e-6);
        assertEquals(Map.of(0, 2, 1, 2, 2, 1, 3, 1), multiple.choiceCounts());

        // Short, worth 2: fractions 1, 0, .5, 0 make marks x = 2, 0, 1, 0 (mean .75); y = 2, 1.5, 0, .5 (mean 1)
        // dx = 1.25, -.75, .25, -.75; dy = 1, .5, -1, -.5
        // Σdx·dy = 1.25 - .375 - .25 + .375 = 1; Σdx² = 1.5625 + .5625 + .0625 + .5625 = 2.75; Σdy² = 2.5
        // r = 1 / √(2.75 × 2.5) = 1 / √6.875 = 0.38139
        Statistics shortAnswer = statistics.get(2);
        assertEquals(37.5, shortAnswer.facility(), 1e-9); // (1 + 0 + .5 + 0) / 4
        assertEquals(38.138504, shortAnswer.discrimination(), 1e-6);
        assertEquals(Map.of(), shortAnswer.choiceCounts());
    }

    @Test
    void discriminationIsUndefinedWithOneAttemptOrWhenAQuestionOrTheRestNeverVaries() {
        assertNull(ItemAnalysis.analyse(ATTEMPTS.subList(0, 1)).getFirst().discrimination());

        // Everyone got question 1 right: its marks never vary.
        List<Attempt> allRight = List.of(
                new Attempt(Map.of(1L, new Item(1, 1, null), 2L, new Item(1, 1, null))),
                new Attempt(Map.of(1L, new Item(1, 1, null), 2L, new Item(0, 1, null))));
        List<Statistics> statistics = ItemAnalysis.analyse(allRight);
        assertEquals(100, statistics.get(0).facility());
        assertNull(statistics.get(0).discrimination());
        // For question 2 the rest of the test (question 1) never varies.
        assertEquals(50, statistics.get(1).facility());
        assertNull(statistics.get(1).discrimination());

        // A rest that is the same sum in another order is still no spread: 0.1 + 0.2 and 0.3 differ in doubles.
        List<Attempt> rounding = List.of(
                new Attempt(Map.of(1L, new Item(1, 1, null), 2L, new Item(1, 0.1, null), 3L, new Item(1, 0.2, null))),
                new Attempt(Map.of(1L, new Item(0, 1, null), 2L, new Item(1, 0.3, null))));
        assertNull(ItemAnalysis.analyse(rounding).getFirst().discrimination());
    }

    @Test
    void aQuestionCountsOnlyTheAttemptsThatHeldIt() {
        // Random questions: question 9 was drawn in two of three attempts.
        List<Attempt> attempts = List.of(
                new Attempt(Map.of(1L, new Item(1, 1, null), 9L, new Item(1, 1, new Response.Choice(1)))),
                new Attempt(Map.of(1L, new Item(0, 1, null))),
                new Attempt(Map.of(1L, new Item(0, 1, null), 9L, new Item(0, 1, new Response.Choice(0)))));
        Statistics drawn = ItemAnalysis.analyse(attempts).get(1);
        assertEquals(9, drawn.questionId());
        assertEquals(2, drawn.attempts());
        assertEquals(50, drawn.facility());
        assertEquals(Map.of(0, 1, 1, 1), drawn.choiceCounts());
        // x = 1, 0; rest = 1, 0: they move together
        assertEquals(100, drawn.discrimination(), 1e-9);
    }

    @Test
    void noAttemptsNoStatistics() {
        assertEquals(List.of(), ItemAnalysis.analyse(List.of()));
    }

    /** The one pass agrees with Moodle's two passes (means first, then sums of products of differences). */
    @Test
    void theOnePassAgreesWithMoodlesTwoPasses() {
        Random random = new Random(7);
        List<Attempt> attempts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            Map<Long, Item> items = new HashMap<>();
            for (long question = 1; question <= 5; question++) {
                double skill = random.nextDouble();
                items.put(question, new Item(Math.min(1, Math.round((skill + random.nextDouble()) * 2) / 4.0),
                        question, null));
            }
            attempts.add(new Attempt(items));
        }
        for (Statistics statistics : ItemAnalysis.analyse(attempts)) {
            Double discrimination = statistics.discrimination();
            assertNotNull(discrimination);
            assertEquals(twoPass(attempts, statistics.questionId()), discrimination, 1e-9);
        }
    }

    private static double twoPass(List<Attempt> attempts, long question) {
        double[] marks = attempts.stream().mapToDouble(attempt -> attempt.items().get(question).marks()).toArray();
        double[] rest = attempts.stream()
                .mapToDouble(attempt -> attempt.total() - attempt.items().get(question).marks()).toArray();
        double meanMarks = Arrays.stream(marks).average().orElseThrow();
        double meanRest = Arrays.stream(rest).average().orElseThrow();
        double covariance = 0;
        double marksVariance = 0;
        double restVariance = 0;
        for (int i = 0; i < marks.length; i++) {
            covariance += (marks[i] - meanMarks) * (rest[i] - meanRest);
            marksVariance += Math.pow(marks[i] - meanMarks, 2);
            restVariance += Math.pow(rest[i] - meanRest, 2);
        }
        int n1 = marks.length - 1;
        return 100 * (covariance / n1) / Math.sqrt(marksVariance / n1 * (restVariance / n1));
    }
}
