package org.civitas.assessment;

import org.civitas.assessment.ParsedBank.Parsed;
import org.civitas.assessment.ParsedBank.Problem;
import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GiftFormatTest {

    private static ParsedBank sample;
    private static Map<String, Parsed> byName;

    @BeforeAll
    static void readSample() throws IOException {
        try (InputStream in = GiftFormatTest.class.getResourceAsStream("/assessment/bank.gift")) {
            sample = GiftFormat.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        byName = sample.questions().stream()
                .collect(Collectors.toMap(parsed -> parsed.question().name(), Function.identity()));
    }

    private static Question question(String name) {
        return byName.get(name).question();
    }

    @Test
    void readsEveryQuestionAndReportsTheRest() {
        assertEquals(15, sample.questions().size());
        assertEquals(6, sample.problems().size());
        assertEquals(List.of(7, 14, 20, 22, 24, 26, 28, 30, 32, 38, 46, 50, 55, 57, 71),
                sample.questions().stream().map(Parsed::line).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 21),
                sample.questions().stream().map(Parsed::position).toList());
    }

    @Test
    void singleChoiceWithFeedbackAndGeneralFeedback() {
        Question question = question("Бюджетний кодекс");
        assertEquals(QuestionType.SINGLE_CHOICE, question.type());
        assertEquals(List.of("Модуль 1", "Бюджет"), question.category());
        assertEquals("Який документ визначає засади бюджетного процесу в Україні?", question.text());
        assertEquals("Бюджетний кодекс ухвалено 2010 року.", question.feedback());
        assertEquals(List.of(
                new Choice("Бюджетний кодекс України", 1, "Так, саме він."),
                new Choice("Податковий кодекс України", 0, "Ні, він регулює податки."),
                new Choice("Закон «Про місцеве самоврядування в Україні»", 0, null)), question.choices());
        assertEquals(1, question.mark());
        assertEquals(0.3333333, question.penalty());
        assertTrue(question.shuffle());
        assertEquals(List.of(), question.tags());
    }

    @Test
    void weightsWithoutAnEqualsSignMakeAMultipleChoice() {
        Question question = question("Власні доходи");
        assertEquals(QuestionType.MULTIPLE_CHOICE, question.type());
        assertEquals(List.of(
                new Choice("Місцеві податки", 0.5, null),
                new Choice("Місцеві збори", 0.5, null),
                new Choice("Митні платежі", -1, "Ні, це доходи державного бюджету.")), question.choices());
    }

    @Test
    void trueFalseGivesTheWrongAnswersFeedbackFirst() {
        Question right = question("Рада затверджує бюджет");
        assertEquals(QuestionType.TRUE_FALSE, right.type());
        assertEquals(List.of(new Choice("true", 1, "Так, рішенням ради."), new Choice("false", 0, "Ні, саме рада.")),
                right.choices());
        assertEquals(1, right.penalty());
        assertFalse(right.shuffle());
        assertEquals(List.of(new Choice("true", 0, null), new Choice("false", 1, null)),
                question("Бюджетний рік").choices());
        assertEquals(List.of(new Choice("true", 1, null), new Choice("false", 0, null)),
                question("Останнє").choices());
    }

    @Test
    void shortAnswerWithPartialCredit() {
        Question question = question("Столиця");
        assertEquals(QuestionType.SHORT_ANSWER, question.type());
        assertEquals(List.of(new Choice("Київ", 1, null), new Choice("Kyiv", 1, null),
                new Choice("Киев", 0.5, "Частково: назва російською.")), question.choices());
        assertFalse(question.caseSensitive());
    }

    @Test
    void numericalValuesTolerancesRangesAndAnyOtherNumber() {
        assertEquals(List.of(new NumberAnswer(1991, 0, 1, null)), question("Рік незалежності").numbers());
        Question pi = question("Число пі");
        assertEquals(QuestionType.NUMERICAL, pi.type());
        assertEquals(List.of(new NumberAnswer(3.14, 0.005, 1, "Так, π ≈ 3,14.")), pi.numbers());
        assertEquals("π — ірраціональне число.", pi.feedback());
        assertEquals(List.of(new NumberAnswer(3, 2, 1, null)), question("Діапазон").numbers());
        List<NumberAnswer> deputies = question("Депутати").numbers();
        assertEquals(List.of(new NumberAnswer(450, 0, 1, null), new NumberAnswer(400, 50, 0.5, "Близько, але ні."),
                NumberAnswer.any(0, "Далеко від правди.")), deputies);
        assertTrue(deputies.getLast().isAny());
    }

    @Test
    void matchingWithADistractor() {
        Question question = question("Гілки влади");
        assertEquals(QuestionType.MATCHING, question.type());
        assertEquals(List.of(new Pair("Верховна Рада", "ухвалює закони"),
                new Pair("Кабінет Міністрів", "виконує закони"),
                new Pair("Конституційний Суд", "тлумачить Конституцію"),
                new Pair("", "призначає суддів")), question.pairs());
        assertTrue(question.shuffle());
    }

    @Test
    void missingWordGetsABlankAndANameFromItsText() {
        Parsed parsed = sample.questions().get(10);
        Question question = parsed.question();
        assertEquals("Бюджет громади ухвалюють _____ і виконують протягом нього.", question.text());
        assertEquals(question.text(), question.name());
        assertEquals(QuestionType.SINGLE_CHOICE, question.type());
        assertEquals(List.of("Модуль 1", "Бюджет"), question.category());
    }

    @Test
    void textFormats() {
        Question markdown = question("Розмітка");
        assertEquals("<p>Оберіть <strong>правильне</strong> твердження.</p>", markdown.text());
        assertEquals(List.of("Модуль 2"), markdown.category());
        assertEquals("<p>Що зображено на <b>схемі</b>?</p>", question("HTML-текст").text());
        assertEquals("Бюджетний цикл", question("HTML-текст").choices().getFirst().text());
    }

    @Test
    void escapedCharactersAndLineBreaks() {
        Question question = question("Екранування : спецсимволи");
        assertEquals("Формула: a = b : c {d} ~ e # f \\ g<br>Новий рядок &amp; &lt;тег&gt;.", question.text());
        assertEquals(2, question.choices().size());
    }

    @Test
    void problemsSayWhatAndWhere() {
        assertEquals(List.of(
                new Problem(59, 15, Problem.UNSUPPORTED_TYPE, "Essay questions are not supported.", "Есе", "essay"),
                new Problem(61, 16, Problem.UNSUPPORTED_TYPE, "Descriptions are not questions and are not imported.",
                        "Це лише опис, без жодних відповідей.", "description"),
                new Problem(63, 17, Problem.MALFORMED, "The answers' opening brace { is never closed with }.",
                        "Незакрита дужка", null),
                new Problem(65, 18, Problem.MALFORMED, "The right choices must add up to 100%; they add up to 0%.",
                        "Без правильної", "multichoice"),
                new Problem(67, 19, Problem.MALFORMED,
                        "A matching pair needs “->” between the question and its answer: “b”.",
                        "Погана відповідність", "match"),
                new Problem(69, 20, Problem.MALFORMED, "“двадцять чотири” in a numerical answer is not a number.",
                        "Не число", "numerical")), sample.problems());
    }

    @Test
    void moreMalformedQuestions() {
        String file = """
                ::Одна відповідь::Лише один варіант {~%100%так}

                ::Без 100%::Жодна не повна {=%50%так ~ні}

                ::Вага понад 100::Забагато {=так ~%150%ні}

                ::Дужка навпаки::Текст } і { далі

                ::Число без правильної::Скільки? {#=%50%3}
                """;
        List<String> messages = GiftFormat.read(file).problems().stream().map(Problem::message).toList();
        assertEquals(List.of(
                "A choice question needs at least two choices.",
                "One choice must be worth 100%; the best is worth 50%.",
                "An answer's grade must be between -100% and 100%, not 150%.",
                "A closing brace } comes before the opening brace {.",
                "One answer must be worth 100%; the best is worth 50%."), messages);
    }

    @Test
    void categoriesKeepDoubledSlashesAndDropMoodlesContext() {
        String file = "$CATEGORY: $system$/top/Доходи//видатки/Податки\n\nПитання?{T}\n\n"
                + "$CATEGORY: Без контексту\n::Одразу питання::Так?{F}\n\n$CATEGORY: $course$/top\n\nКорінь?{T}\n";
        List<List<String>> categories = GiftFormat.read(file).questions().stream()
                .map(parsed -> parsed.question().category()).toList();
        assertEquals(List.of(List.of("Доходи/видатки", "Податки"), List.of("Без контексту"), List.of()), categories);
        assertEquals(6, GiftFormat.read(file).questions().get(1).line());
    }

    @Test
    void windowsLineEndsAndAByteOrderMark() {
        ParsedBank bank = GiftFormat.read("\uFEFF// коментар\r\n::Перше::Так?{T}\r\n\r\n::Друге::Ні?{F}\r\n");
        assertEquals(List.of(2, 4), bank.questions().stream().map(Parsed::line).toList());
        assertEquals("Перше", bank.questions().getFirst().question().name());
    }

    @Test
    void aNameFromALongTextIsCutAtAWord() {
        String text = "Яка з наведених нижче ознак найточніше характеризує бюджетний процес "
                + "на рівні територіальної громади в Україні?";
        Question question = GiftFormat.read(text + "{T}").questions().getFirst().question();
        assertEquals("Яка з наведених нижче ознак найточніше характеризує бюджетний процес на...",
                question.name());
        assertTrue(question.name().length() <= 80);
    }

    @Test
    void writesWhatMoodleReads() {
        String gift = GiftFormat.write(SampleQuestions.bank());
        assertTrue(gift.startsWith("$CATEGORY: $course$/top/Модуль 1/Бюджет\n\n::Спецсимволи\\: a\\=b \\{c\\} \\~d \\#e \\\\f::"),
                gift);
        assertTrue(gift.contains("$CATEGORY: $course$/top/Модуль 2/Доходи//видатки\n"), gift);
        assertTrue(gift.contains("$CATEGORY: $course$/top\n"), gift);
        assertTrue(gift.contains("::Власні доходи::[html]<p>Що належить до <b>власних</b> доходів?</p>{\n"
                + "\t~%33.33333%<span>Місцеві податки</span>#<b>Так</b>\n"), gift);
        assertTrue(gift.contains("{TRUE#Ні, саме рада.#Так, рішенням ради.}"), gift);
        assertTrue(gift.contains("\t=450\n\t~#\n}"), gift);
    }

    @Test
    void everyTypeSurvivesAWriteAndARead() {
        List<Question> bank = SampleQuestions.bank();
        ParsedBank read = GiftFormat.read(GiftFormat.write(bank));
        assertEquals(List.of(), read.problems());
        assertEquals(bank, read.questions().stream().map(Parsed::question).toList());
    }

    @Test
    void theSampleSurvivesAWriteAndARead() {
        List<Question> questions = sample.questions().stream().map(Parsed::question).toList();
        ParsedBank again = GiftFormat.read(GiftFormat.write(questions));
        assertEquals(questions, again.questions().stream().map(Parsed::question).toList());
    }

    @Test
    void anEmptyFileHoldsNothing() {
        ParsedBank bank = GiftFormat.read("// лише коментар\n\n");
        assertEquals(List.of(), bank.questions());
        assertEquals(List.of(), bank.problems());
        assertNull(GiftFormat.read("Так?{T}").questions().getFirst().question().feedback());
    }
}
