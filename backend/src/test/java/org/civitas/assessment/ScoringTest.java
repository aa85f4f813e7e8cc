package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.civitas.assessment.Scoring.Score;
import org.civitas.assessment.Scoring.Score.State;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScoringTest {

    private static final double EXACT = 0;

    // Single choice

    private static final Question CAPITAL = choices(QuestionType.SINGLE_CHOICE,
            new Choice("Київ", 1, "Так"),
            new Choice("Харків", 0.5, "Була столицею"),
            new Choice("Львів", 0, null),
            new Choice("Москва", -1, "Ні в якому разі"));

    @Test
    void singleChoiceEarnsTheChosenFractionWithItsFeedback() {
        assertScore(1, State.CORRECT, "Так", Scoring.score(CAPITAL, new Response.Choice(0)));
        assertScore(0.5, State.PARTIAL, "Була столицею", Scoring.score(CAPITAL, new Response.Choice(1)));
        assertScore(0, State.WRONG, null, Scoring.score(CAPITAL, new Response.Choice(2)));
    }

    @Test
    void aNegativeSingleChoiceEarnsNothingRatherThanTakingMarksAway() {
        // Moodle would give -1 here (its minimum fraction for the question); a score here stays in [0, 1].
        assertScore(0, State.WRONG, "Ні в якому разі", Scoring.score(CAPITAL, new Response.Choice(3)));
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 4, 100})
    void aChoiceOutsideTheListIsWrong(int index) {
        assertScore(0, State.WRONG, null, Scoring.score(CAPITAL, new Response.Choice(index)));
    }

    // Multiple choice

    private static final Question REVENUES = choices(QuestionType.MULTIPLE_CHOICE,
            new Choice("Місцеві податки", 0.5, "Так"),
            new Choice("Місцеві збори", 0.5, "Теж так"),
            new Choice("Мито", -0.5, "Ні, державний"),
            new Choice("ПДВ", -0.5, null));

    @Test
    void multipleChoiceAddsTheTickedFractionsAndJoinsTheirFeedback() {
        assertScore(1, State.CORRECT, "Так<br>Теж так", Scoring.score(REVENUES, new Response.Choices(Set.of(1, 0))));
        assertScore(0.5, State.PARTIAL, "Теж так", Scoring.score(REVENUES, new Response.Choices(Set.of(1))));
    }

    @Test
    void penaltiesTakeAwayAndTheSumStaysWithinZeroAndOne() {
        // 0.5 + 0.5 - 0.5 = 0.5
        assertScore(0.5, State.PARTIAL, "Так<br>Теж так<br>Ні, державний",
                Scoring.score(REVENUES, new Response.Choices(Set.of(0, 1, 2))));
        // Ticking everything: 0.5 + 0.5 - 0.5 - 0.5 = 0
        assertScore(0, State.WRONG, "Так<br>Теж так<br>Ні, державний",
                Scoring.score(REVENUES, new Response.Choices(Set.of(0, 1, 2, 3))));
        // 0.5 - 0.5 - 0.5 = -0.5, clamped
        assertScore(0, State.WRONG, "Так<br>Ні, державний", Scoring.score(REVENUES, new Response.Choices(Set.of(0, 2, 3))));
    }

    @Test
    void withoutPenaltiesTickingEverythingIsWorthTheRightOnes() {
        // As in Moodle: a wrong choice worth 0% costs nothing, so a teacher who wants guessing to cost sets penalties.
        Question question = choices(QuestionType.MULTIPLE_CHOICE,
                new Choice("a", 1, null), new Choice("b", 0, null), new Choice("c", 0, null));
        assertScore(1, State.CORRECT, null, Scoring.score(question, new Response.Choices(Set.of(0, 1, 2))));
    }

    @Test
    void rightChoicesThatTheBankTookAsAWholeMarkAreOne() {
        Question thirds = choices(QuestionType.MULTIPLE_CHOICE,
                new Choice("a", 0.3333333, null), new Choice("b", 0.3333333, null),
                new Choice("c", 0.3333333, null), new Choice("d", -1, null));
        // 3 × 0.3333333 = 0.9999999, within QuestionRules' 0.005 of 100%
        assertScore(1, State.CORRECT, null, Scoring.score(thirds, new Response.Choices(Set.of(0, 1, 2))));
        assertScore(0.6666666, State.PARTIAL, null, Scoring.score(thirds, new Response.Choices(Set.of(0, 1))), 1e-12);
    }

    @Test
    void nothingTickedIsUnansweredAndATickOutsideTheListIsWrong() {
        assertScore(0, State.UNANSWERED, null, Scoring.score(REVENUES, new Response.Choices(Set.of())));
        assertScore(0, State.WRONG, null, Scoring.score(REVENUES, new Response.Choices(Set.of(0, 1, 4))));
        assertScore(0, State.WRONG, null, Scoring.score(REVENUES, new Response.Choices(Set.of(-1))));
    }

    // True/false

    private static final Question BUDGET_YEAR = choices(QuestionType.TRUE_FALSE,
            new Choice("true", 0, "Ні, з 1 січня"), new Choice("false", 1, "Правильно"));

    @Test
    void trueFalseIsAllOrNothingWithTheSideFeedback() {
        assertScore(0, State.WRONG, "Ні, з 1 січня", Scoring.score(BUDGET_YEAR, new Response.Choice(0)));
        assertScore(1, State.CORRECT, "Правильно", Scoring.score(BUDGET_YEAR, new Response.Choice(1)));
        assertScore(0, State.WRONG, null, Scoring.score(BUDGET_YEAR, new Response.Choice(2)));
    }

    // Short answer

    private static Question shortAnswer(boolean caseSensitive, Choice... answers) {
        return new Question(QuestionType.SHORT_ANSWER, List.of(), "q", "?", null, 1, 0.3333333, false,
                caseSensitive, List.of(answers), List.of(), List.of(), List.of());
    }

    private static Score text(Question question, String text) {
        return Scoring.score(question, new Response.Text(text));
    }

    @Test
    void theFirstMatchingAnswerInTheBanksOrderCounts() {
        Question question = shortAnswer(false,
                new Choice("Київ", 1, "Так"), new Choice("Ки*", 0.5, "Майже"), new Choice("Львів", 0, "Ні"));
        assertScore(1, State.CORRECT, "Так", text(question, "Київ"));
        assertScore(0.5, State.PARTIAL, "Майже", text(question, "Києв"));
        assertScore(0, State.WRONG, "Ні", text(question, "Львів"));
        assertScore(0, State.WRONG, null, text(question, "Одеса"));

        Question broadFirst = shortAnswer(false, new Choice("Ки*", 0.5, null), new Choice("Київ", 1, null));
        assertScore(0.5, State.PARTIAL, null, text(broadFirst, "Київ"));
    }

    @Test
    void caseIsIgnoredUnlessTheQuestionSaysOtherwise() {
        Question anyCase = shortAnswer(false, new Choice("Верховна Рада", 1, null));
        assertEquals(1, text(anyCase, "верховна рада").fraction());
        assertEquals(1, text(anyCase, "ВЕРХОВНА РАДА").fraction());
        assertEquals(1, text(anyCase, "ВЕРХОВНА рада").fraction());

        Question exactCase = shortAnswer(true, new Choice("Верховна Рада", 1, null));
        assertEquals(1, text(exactCase, "Верховна Рада").fraction());
        assertEquals(State.WRONG, text(exactCase, "верховна рада").state());
    }

    @Test
    void whitespaceIsTrimmedAndCollapsedOnBothSides() {
        Question question = shortAnswer(false, new Choice("Верховна  Рада України", 1, null));
        assertEquals(1, text(question, "  Верховна Рада   України ").fraction());
        assertEquals(1, text(question, "Верховна\tРада\nУкраїни").fraction());
        assertEquals(1, text(question, "Верховна\u00A0Рада\u202FУкраїни\u00A0").fraction());
        assertEquals(State.WRONG, text(question, "ВерховнаРада України").state());
    }

    @Test
    void composedAndDecomposedLettersAreTheSame() {
        Question question = shortAnswer(false, new Choice("Київ", 1, null));
        assertEquals(1, text(question, "Киі\u0308в").fraction());
    }

    @Test
    void aStarMatchesAnyRunOfCharactersIncludingNone() {
        Question question = shortAnswer(false, new Choice("Ки*в", 1, null));
        assertEquals(1, text(question, "Київ").fraction());
        assertEquals(1, text(question, "Кив").fraction());
        assertEquals(1, text(question, "Ки ще щось в").fraction());
        assertEquals(State.WRONG, text(question, "Київська").state());

        Question stars = shortAnswer(false, new Choice("**рада**", 1, null));
        assertEquals(1, text(stars, "Верховна Рада України").fraction());
    }

    @Test
    void anEscapedStarIsAStarAndOtherRegexCharactersAreLiteral() {
        Question star = shortAnswer(false, new Choice("5\\*3", 1, null));
        assertEquals(1, text(star, "5*3").fraction());
        assertEquals(State.WRONG, text(star, "553").state());
        assertEquals(State.WRONG, text(star, "5\\*3").state());

        Question regex = shortAnswer(false, new Choice("a+b (c)? [d] ^$ \\d.", 1, null));
        assertEquals(1, text(regex, "a+b (c)? [d] ^$ \\d.").fraction());
        assertEquals(State.WRONG, text(regex, "aab c d 1x").state());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u00A0\t\n"})
    void aBlankTextIsUnanswered(String blank) {
        assertScore(0, State.UNANSWERED, null, text(shortAnswer(false, new Choice("*", 1, null)), blank));
        assertScore(0, State.UNANSWERED, null, text(PI, blank));
    }

    // Numerical

    private static final Question PI = numbers(
            new NumberAnswer(3.14, 0.005, 1, "Так"),
            new NumberAnswer(3, 0.5, 0.5, "Грубо"),
            new NumberAnswer(-1.5e-7, 0, 0.1, "Дивно"),
            NumberAnswer.any(0, "Далеко"));

    @ParameterizedTest
    @ValueSource(strings = {"3.14", "3,14", " 3.14 ", "\u00A03,14\t", "+3.14", "3.140", "314e-2", "0.314E1",
            "0,0314e+2", "3.1400000000000000001"})
    void numbersAreReadWithAPointOrACommaAndAnExponent(String typed) {
        assertScore(1, State.CORRECT, "Так", text(PI, typed));
    }

    @Test
    void digitsGroupedInThreesBySpacesAreOneNumber() {
        Question thousand = numbers(new NumberAnswer(1000, 0, 1, null), new NumberAnswer(1000.5, 0, 0.5, null),
                new NumberAnswer(1234567, 0, 0.25, null));
        assertEquals(1, text(thousand, "1 000").fraction());
        assertEquals(1, text(thousand, "1e3").fraction());
        assertEquals(1, text(thousand, "1000.").fraction());
        assertEquals(0.5, text(thousand, "1\u00A0000,5").fraction());
        assertEquals(0.25, text(thousand, "1 234 567").fraction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,5", "1,234.5", "1,234,567", "1.234.567", "3,14,", "1 2", "12 34", "1 0000",
            "3.14 м", "π", "abc", ".", ",", "e5", "+", "--1", "1e", "NaN", "Infinity", "0x10", "1_000", "1e999"})
    void textThatIsNoNumberOrCouldBeTwoIsWrongEvenBesideAnyNumber(String typed) {
        assertScore(0, State.WRONG, null, text(PI, typed));
    }

    @Test
    void aSingleCommaIsADecimalCommaAsMoodleReadsIt() {
        Question thousand = numbers(new NumberAnswer(1000, 0, 1, null), new NumberAnswer(1, 0, 0.5, null));
        assertEquals(0.5, text(thousand, "1,000").fraction());
    }

    @Test
    void anAnswerTakesNumbersExactlyAtItsTolerance() {
        // 3.14 ± 0.005 is [3.135, 3.145]; in doubles 3.14 - 3.135 is 0.0050000000000003375
        assertScore(1, State.CORRECT, "Так", text(PI, "3.135"));
        assertScore(1, State.CORRECT, "Так", text(PI, "3.145"));
        // Just outside, the next answer in order, 3 ± 0.5, takes them
        assertScore(0.5, State.PARTIAL, "Грубо", text(PI, "3.1349"));
        assertScore(0.5, State.PARTIAL, "Грубо", text(PI, "3,1451"));
        assertScore(0.5, State.PARTIAL, "Грубо", text(PI, "2.5"));
        assertScore(0.1, State.PARTIAL, "Дивно", text(PI, "-1.5e-7"));
        assertScore(0.1, State.PARTIAL, "Дивно", text(PI, "-0,00000015"));
    }

    @Test
    void anyNumberTakesEveryNumberThatNoEarlierAnswerTook() {
        assertScore(0, State.WRONG, "Далеко", text(PI, "2.4999"));
        assertScore(0, State.WRONG, "Далеко", text(PI, "-1e300"));
        assertScore(0, State.WRONG, "Далеко", text(PI, "1e-999999999"));

        Question anyFirst = numbers(NumberAnswer.any(0.5, "Будь-яке"), new NumberAnswer(450, 0, 1, "Точно"));
        assertScore(0.5, State.PARTIAL, "Будь-яке", text(anyFirst, "450"));
    }

    // Matching

    private static final Question BRANCHES = pairs(
            new Pair("Верховна Рада", "ухвалює закони"),
            new Pair("", "призначає суддів"),
            new Pair("Кабінет Міністрів", "виконує закони"),
            new Pair("Президент", "підписує закони"));

    @Test
    void matchingEarnsTheShareOfPromptsMatchedRightAndDistractorsAreNoPrompts() {
        assertScore(1, State.CORRECT, null, match(BRANCHES, Map.of(0, 0, 2, 2, 3, 3)));
        // Two of three prompts, the distractor's pair not counted: 2 / 3
        assertScore(2 / 3.0, State.PARTIAL, null, match(BRANCHES, Map.of(0, 0, 2, 2, 3, 1)));
        assertScore(1 / 3.0, State.PARTIAL, null, match(BRANCHES, Map.of(0, 0, 2, 3, 3, 2)));
        // A prompt left out counts as wrong: 1 / 3
        assertScore(1 / 3.0, State.PARTIAL, null, match(BRANCHES, Map.of(3, 3)));
        assertScore(0, State.WRONG, null, match(BRANCHES, Map.of(0, 1, 2, 1, 3, 1)));
    }

    @Test
    void pairsWithTheSameAnswerTextOfferOneAnswer() {
        Question shared = pairs(new Pair("Київ", "місто"), new Pair("Дніпро", "річка"),
                new Pair("Харків", "місто"), new Pair("", "село"));
        // Київ → pair 2's "місто", Харків → pair 0's "місто": both right
        assertScore(1, State.CORRECT, null, match(shared, Map.of(0, 2, 1, 1, 2, 0)));
        assertScore(2 / 3.0, State.PARTIAL, null, match(shared, Map.of(0, 0, 1, 0, 2, 2)));
    }

    @Test
    void noMatchIsUnansweredAndAMatchOutsideThePromptsOrAnswersIsWrong() {
        assertScore(0, State.UNANSWERED, null, match(BRANCHES, Map.of()));
        // Pair 1 is a distractor: it has no prompt to match
        assertScore(0, State.WRONG, null, match(BRANCHES, Map.of(0, 0, 1, 1)));
        assertScore(0, State.WRONG, null, match(BRANCHES, Map.of(0, 0, 4, 3)));
        assertScore(0, State.WRONG, null, match(BRANCHES, Map.of(0, 0, 2, 4)));
        assertScore(0, State.WRONG, null, match(BRANCHES, Map.of(0, -1)));
    }

    private static Score match(Question question, Map<Integer, Integer> chosen) {
        return Scoring.score(question, new Response.Matches(chosen));
    }

    // Every type

    @Test
    void aResponseOfAnotherTypesKindIsWrong() {
        assertScore(0, State.WRONG, null, Scoring.score(CAPITAL, new Response.Choices(Set.of(0))));
        assertScore(0, State.WRONG, null, Scoring.score(CAPITAL, new Response.Text("Київ")));
        assertScore(0, State.WRONG, null, Scoring.score(REVENUES, new Response.Choice(0)));
        assertScore(0, State.WRONG, null, Scoring.score(BUDGET_YEAR, new Response.Choices(Set.of(1))));
        assertScore(0, State.WRONG, null, Scoring.score(BUDGET_YEAR, new Response.Text("false")));
        assertScore(0, State.WRONG, null, Scoring.score(shortAnswer(false, new Choice("*", 1, null)),
                new Response.Choice(0)));
        assertScore(0, State.WRONG, null, Scoring.score(PI, new Response.Choice(0)));
        assertScore(0, State.WRONG, null, Scoring.score(BRANCHES, new Response.Text("ухвалює закони")));
        assertScore(0, State.WRONG, null, Scoring.score(BRANCHES, new Response.Choices(Set.of(0))));
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void noResponseIsUnanswered(QuestionType type) {
        Question question = new RandomQuestions(type.ordinal()).next(type);
        assertScore(0, State.UNANSWERED, null, Scoring.score(question, null));
    }

    @Test
    void theRightResponseOfEverySampleQuestionEarnsTheWholeMarkUnlessALesserAnswerCatchesEveryNumber() {
        for (Question question : SampleQuestions.bank()) {
            Score score = Scoring.score(question, Scoring.rightResponse(question));
            if (question.name().equals("Будь-яке число посередині")) {
                // "Any number" at 50% comes before 450 at 100%: nothing earns more than half, and the best answer is shown as it is.
                assertEquals(new Response.Text("450"), Scoring.rightResponse(question));
                assertScore(0.5, State.PARTIAL, null, score);
            } else {
                assertWhole(score, question.name());
            }
        }
    }

    @Test
    void theRightResponseSkipsABestAnswerThatALesserOneCatches() {
        Question question = numbers(new NumberAnswer(3, 0.5, 0.5, null), new NumberAnswer(3.2, 0, 1, null),
                new NumberAnswer(10, 0, 1, null));
        assertEquals(new Response.Text("10"), Scoring.rightResponse(question));
        assertEquals(new Response.Text("Kyiv"), Scoring.rightResponse(shortAnswer(false,
                new Choice("Ки*", 0.5, null), new Choice("Київ", 1, null), new Choice("Kyiv", 1, null))));
    }

    @Test
    void theRightResponseSpellsAWildcardAsMoodleShowsIt() {
        assertEquals(new Response.Text("Верховна Рада"),
                Scoring.rightResponse(shortAnswer(false, new Choice("*Верховна*Рада*", 1, null))));
        assertEquals(new Response.Text("5*3"), Scoring.rightResponse(shortAnswer(false, new Choice("5\\*3", 1, null))));
    }

    @ParameterizedTest
    @EnumSource(QuestionType.class)
    void randomQuestionsEarnTheWholeMarkForTheRightResponseAndScoresStayWithinZeroAndOne(QuestionType type) {
        RandomQuestions random = new RandomQuestions(20_250_000 + type.ordinal());
        for (int i = 0; i < 500; i++) {
            Question question = random.next(type);
            assertEquals(Optional.empty(), QuestionRules.problem(question), question::toString);
            assertWhole(Scoring.score(question, Scoring.rightResponse(question)), question.toString());
            for (Response response : random.responses(question)) {
                Score score = Scoring.score(question, response);
                String where = question + " ← " + response + ": " + score;
                assertTrue(score.fraction() >= 0 && score.fraction() <= 1, where);
                assertEquals(score.state() == State.CORRECT, score.fraction() > 1 - 1e-7, where);
            }
        }
    }

    // Helpers

    private static Question choices(QuestionType type, Choice... choices) {
        return SampleQuestions.question(type, List.of(), "q", "?", null, 0.3333333, false, List.of(choices),
                List.of(), List.of());
    }

    private static Question numbers(NumberAnswer... numbers) {
        return SampleQuestions.question(QuestionType.NUMERICAL, List.of(), "q", "?", null, 0.3333333, false,
                List.of(), List.of(numbers), List.of());
    }

    private static Question pairs(Pair... pairs) {
        return SampleQuestions.question(QuestionType.MATCHING, List.of(), "q", "?", null, 0.3333333, false,
                List.of(), List.of(), List.of(pairs));
    }

    private static void assertScore(double fraction, State state, @Nullable String feedback, Score score) {
        assertScore(fraction, state, feedback, score, EXACT);
    }

    private static void assertScore(double fraction, State state, @Nullable String feedback, Score score,
                                    double delta) {
        assertEquals(fraction, score.fraction(), delta, score::toString);
        assertEquals(state, score.state(), score::toString);
        assertEquals(feedback, score.feedback(), score::toString);
    }

    private static void assertWhole(Score score, String question) {
        assertEquals(1, score.fraction(), question);
        assertEquals(State.CORRECT, score.state(), question);
    }
}
