package org.civitas.assessment;

import org.jspecify.annotations.Nullable;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Classical test statistics of each question over finished attempts, as Moodle's quiz statistics
 * report defines them (question/classes/statistics/questions/calculator.php): how easy a question
 * was, and how well it told the learners who did well on the rest of the test from those who did not.
 * One pass over the attempts, so they can come straight from a database cursor.
 */
final class ItemAnalysis {

    /**
     * Below this a variance is rounding, not spread: a rest-of-test score that is the same sum
     * added up in another order must not make a correlation out of noise.
     */
    private static final double NO_SPREAD = 1e-12;

    private ItemAnalysis() {
    }

    /**
     * One finished attempt: each question it held, by question id. Its total is the sum of the
     * questions' marks, as in Moodle, so the rest of the test is never out of step with its parts.
     */
    record Attempt(Map<Long, Item> items) {

        Attempt {
            items = Map.copyOf(items);
        }

        double total() {
            return items.values().stream().mapToDouble(Item::marks).sum();
        }
    }

    /**
     * @param fraction of the question's mark earned, in [0, 1]; 0 when it was not answered
     * @param mark     what the question is worth in this test (Moodle's maxmark), which weighs it in the total
     * @param response what was answered, for counting choices; null when nothing was
     */
    record Item(double fraction, double mark, @Nullable Response response) {

        double marks() {
            return fraction * mark;
        }
    }

    /**
     * @param attempts       how many attempts held the question
     * @param facility       the mean fraction earned, × 100
     * @param discrimination the correlation between the marks earned on the question and on the rest
     *                       of the test, × 100; null with fewer than two attempts, or when either
     *                       never varied
     * @param choiceCounts   for choice and true/false questions, how many attempts picked each
     *                       choice index (the version's order); empty for other types
     */
    record Statistics(long questionId, int attempts, double facility, @Nullable Double discrimination,
                      SortedMap<Integer, Integer> choiceCounts) {
    }

    /** The statistics of every question any attempt held, by question id. */
    static List<Statistics> analyse(Iterable<Attempt> attempts) {
        SortedMap<Long, Sums> sums = new TreeMap<>();
        for (Attempt attempt : attempts) {
            double total = attempt.total();
            attempt.items().forEach((questionId, item) ->
                    sums.computeIfAbsent(questionId, id -> new Sums()).add(item, total - item.marks()));
        }
        return sums.entrySet().stream().map(entry -> entry.getValue().statistics(entry.getKey())).toList();
    }

    /**
     * Running means and co-moments of one question (Welford's updates): one pass, and no
     * cancellation from subtracting large sums of squares.
     */
    private static final class Sums {
        private int count;
        private double fractionSum;
        private double meanMarks;
        private double meanRest;
        private double marksSquares;
        private double restSquares;
        private double coMoment;
        private final SortedMap<Integer, Integer> choiceCounts = new TreeMap<>();

        void add(Item item, double rest) {
            count++;
            fractionSum += item.fraction();
            double marksStep = item.marks() - meanMarks;
            meanMarks += marksStep / count;
            double restStep = rest - meanRest;
            meanRest += restStep / count;
            marksSquares += marksStep * (item.marks() - meanMarks);
            restSquares += restStep * (rest - meanRest);
            coMoment += marksStep * (rest - meanRest);
            countChoices(item.response());
        }

        private void countChoices(@Nullable Response response) {
            switch (response) {
                case Response.Choice(int index) -> choiceCounts.merge(index, 1, Integer::sum);
                case Response.Choices(var indexes) -> indexes.forEach(index -> choiceCounts.merge(index, 1, Integer::sum));
                case null, default -> {
                }
            }
        }

        Statistics statistics(long questionId) {
            return new Statistics(questionId, count, 100 * fractionSum / count, discrimination(),
                    Collections.unmodifiableSortedMap(choiceCounts));
        }

        /** Pearson's r; the (n - 1) of the sample covariance and variances cancels out. */
        private @Nullable Double discrimination() {
            if (count < 2 || marksSquares < NO_SPREAD || restSquares < NO_SPREAD) {
                return null;
            }
            return 100 * coMoment / Math.sqrt(marksSquares * restSquares);
        }
    }
}
