package org.civitas.assessment;

import org.civitas.assessment.ParsedBank.Parsed;
import org.civitas.assessment.ParsedBank.Problem;
import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MoodleXmlFormatTest {

    private static ParsedBank sample;
    private static Map<String, Question> byName;

    @BeforeAll
    static void readSample() throws IOException {
        sample = resource("bank.xml");
        byName = sample.questions().stream().map(Parsed::question)
                .collect(Collectors.toMap(Question::name, Function.identity()));
    }

    private static ParsedBank resource(String name) throws IOException {
        try (InputStream in = MoodleXmlFormatTest.class.getResourceAsStream("/assessment/" + name)) {
            return MoodleXmlFormat.read(in);
        }
    }

    private static ParsedBank read(String xml) {
        return MoodleXmlFormat.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(List<Question> questions) {
        var out = new ByteArrayOutputStream();
        MoodleXmlFormat.write(questions, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<Question> questions(ParsedBank bank) {
        return bank.questions().stream().map(Parsed::question).toList();
    }

    @Test
    void readsEveryQuestionAndReportsTheRest() {
        assertEquals(List.of(15, 65, 109, 138, 168, 210, 255, 270, 385),
                sample.questions().stream().map(Parsed::line).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 19), sample.questions().stream().map(Parsed::position).toList());
        assertEquals(10, sample.problems().size());
    }

    @Test
    void singleChoiceWithAnImageTagsAndAMark() {
        Question question = byName.get("Бюджетний цикл");
        assertEquals(QuestionType.SINGLE_CHOICE, question.type());
        assertEquals(List.of("Модуль 1", "Бюджет"), question.category());
        assertEquals("<p>Що зображено на схемі?</p><p><img src=\"data:image/png;base64," + SampleQuestions.PNG
                + "\" alt=\"схема\" width=\"200\"></p>", question.text());
        assertEquals("<p>Бюджетний цикл триває <b>понад рік</b>.</p>", question.feedback());
        assertEquals(2, question.mark());
        assertEquals(0.3333333, question.penalty());
        assertTrue(question.shuffle());
        assertEquals(List.of("бюджет", "схеми"), question.tags());
        assertEquals(List.of(new Choice("<p>Бюджетний цикл</p>", 1, "Так."),
                new Choice("<p>Податкова система</p>", 0, null)), question.choices());
    }

    @Test
    void multipleChoiceKeepsMoodlesThirds() {
        Question question = byName.get("Власні доходи");
        assertEquals(QuestionType.MULTIPLE_CHOICE, question.type());
        assertFalse(question.shuffle());
        assertNull(question.feedback());
        assertEquals(List.of(0.3333333, 0.3333333, 0.3333333, -1.0),
                question.choices().stream().map(Choice::fraction).toList());
        assertEquals("Ні, це дохід державного бюджету.", question.choices().getLast().feedback());
    }

    @Test
    void trueFalseFromEitherSide() {
        Question question = byName.get("Бюджетний рік");
        assertEquals(List.of(new Choice("true", 0, "Ні, з 1 січня."), new Choice("false", 1, "Правильно.")),
                question.choices());
        assertEquals(1, question.penalty());
        Question old = byName.get("Старий формат");
        assertEquals(List.of(new Choice("true", 1, null), new Choice("false", 0, null)), old.choices());
        assertEquals("Рада затверджує бюджет.", old.text());
    }

    @Test
    void shortAnswerCaseAndPenalty() {
        Question question = byName.get("Абревіатура");
        assertEquals(QuestionType.SHORT_ANSWER, question.type());
        assertTrue(question.caseSensitive());
        assertEquals(0.1, question.penalty());
        assertEquals(List.of(new Choice("ДКСУ", 1, null), new Choice("Казначейство & Ко", 0.5, "Майже.")),
                question.choices());
    }

    @Test
    void numericalWithAToleranceAndAnyOtherNumber() {
        assertEquals(List.of(new NumberAnswer(18, 0, 1, "Так."),
                        new NumberAnswer(19.5, 0.5, 0.5, "Це разом із військовим збором."),
                        NumberAnswer.any(0, "Ні.")),
                byName.get("Ставка ПДФО").numbers());
    }

    @Test
    void matchingWithADistractor() {
        Question question = byName.get("Органи влади");
        assertEquals(3, question.mark());
        assertTrue(question.shuffle());
        assertEquals(List.of(new Pair("<p>Верховна Рада</p>", "ухвалює закони"),
                new Pair("<p>Кабінет Міністрів</p>", "виконує закони"),
                new Pair("", "призначає суддів")), question.pairs());
    }

    @Test
    void textFormatsAndCategories() {
        Question markdown = byName.get("Розмітка");
        assertEquals(List.of("Модуль 2"), markdown.category());
        assertEquals("<p>Оберіть <strong>правильне</strong> твердження.</p>", markdown.text());
        assertEquals("<p>Рада — <em>представницький</em> орган</p>", markdown.choices().getFirst().text());
        assertFalse(markdown.shuffle(), "Moodle reads a missing shuffleanswers of a choice question as no");
        assertEquals(1, markdown.mark());
        assertEquals(0.3333333, markdown.penalty());
        assertEquals("Що більше: 2 &lt; 3?<br>Відповідь одним словом.", byName.get("Простий текст").text());
    }

    @Test
    void unsupportedTypesAreListedWithTheirNames() {
        List<Problem> unsupported = sample.problems().stream()
                .filter(problem -> problem.code().equals(Problem.UNSUPPORTED_TYPE)).toList();
        assertEquals(List.of("essay", "cloze", "ddwtos", "description", "calculatedsimple", "random"),
                unsupported.stream().map(Problem::type).toList());
        assertEquals(List.of("Есе про бюджет", "Вкладені відповіді", "Перетягування", "Вступ", "Обчислення", "Випадкове"),
                unsupported.stream().map(Problem::name).toList());
        assertEquals(List.of(9, 10, 11, 12, 13, 14), unsupported.stream().map(Problem::position).toList());
        assertEquals(283, unsupported.getFirst().line());
        assertEquals("Moodle question type “essay” is not supported.", unsupported.getFirst().message());
    }

    @Test
    void malformedQuestionsSayWhatAndWhere() {
        List<Problem> malformed = sample.problems().stream()
                .filter(problem -> problem.code().equals(Problem.MALFORMED)).toList();
        assertEquals(List.of(
                new Problem(337, 15, Problem.MALFORMED, "An answer's fraction “сто” is not a number.",
                        "Дріб не число", "multichoice"),
                new Problem(352, 16, Problem.MALFORMED, "A matching question needs at least two pairs.",
                        "Одна пара", "matching"),
                new Problem(367, 17, Problem.MALFORMED, "The question has no text.", "Без тексту", "shortanswer"),
                new Problem(376, 18, Problem.MALFORMED, "A choice question needs at least two choices.",
                        "Без відповідей", "multichoice")), malformed);
    }

    @Test
    void honoursTheDeclaredEncoding() throws IOException {
        ParsedBank bank = resource("bank-cp1251.xml");
        assertEquals(List.of(), bank.problems());
        Question question = bank.questions().getFirst().question();
        assertEquals("Кирилиця у windows-1251", question.name());
        assertEquals("Громада — базова одиниця місцевого самоврядування.", question.text());
        assertEquals(List.of("Кодування"), question.category());
    }

    @Test
    void aFileThatIsNotXmlIsOneProblem() {
        ParsedBank bank = read("<quiz>\n<question type=\"truefalse\">\n</quiz>");
        assertEquals(List.of(), bank.questions());
        Problem problem = bank.problems().getFirst();
        assertEquals(1, bank.problems().size());
        assertEquals(0, problem.position());
        assertEquals(3, problem.line());
        assertEquals(Problem.MALFORMED, problem.code());
        assertTrue(problem.message().startsWith("The file is not well-formed XML"), problem.message());

        Problem gift = read("::Питання::Так?{T}").problems().getFirst();
        assertEquals(0, gift.position());
        Problem html = read("<html><body>Не банк</body></html>").problems().getFirst();
        assertEquals("The file is not a Moodle XML question bank: its root element is <html>, not <quiz>.",
                html.message());
    }

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path directory) throws IOException {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "таємниця");
        ParsedBank bank = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE quiz [<!ENTITY secret SYSTEM "%s">]>
                <quiz>
                  <question type="shortanswer">
                    <name><text>&secret;</text></name>
                    <questiontext format="html"><text>&secret;</text></questiontext>
                    <answer fraction="100"><text>&secret;</text></answer>
                  </question>
                </quiz>
                """.formatted(secret.toUri()));
        assertEquals(List.of(), bank.questions());
        assertEquals(1, bank.problems().size());
        assertFalse(bank.problems().getFirst().message().contains("таємниця"));
    }

    @Test
    void penaltiesNearAThirdAreAThirdAsInMoodle() {
        ParsedBank bank = read("""
                <quiz><question type="truefalse"><name><text>Т</text></name>
                <questiontext><text>Так?</text></questiontext><penalty>0.33</penalty>
                <answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
                </question></quiz>""");
        assertEquals(0.3333333, bank.questions().getFirst().question().penalty());
    }

    @Test
    void writesWhatMoodleImports() {
        String xml = write(SampleQuestions.bank());
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<quiz>\n  <question type=\"category\">\n"
                + "    <category>\n      <text>$course$/top/Модуль 1/Бюджет</text>\n    </category>\n  </question>\n"
                + "  <question type=\"multichoice\">\n    <name>\n"), xml);
        assertTrue(xml.contains("<text>$course$/top/Модуль 2/Доходи//видатки</text>"), xml);
        assertTrue(xml.contains("<text><![CDATA[<p>Що на схемі?</p><p><img src=\"@@PLUGINFILE@@/image1.png\" alt=\"схема\"></p>]]></text>\n"
                + "      <file name=\"image1.png\" path=\"/\" encoding=\"base64\">" + SampleQuestions.PNG + "</file>"), xml);
        assertTrue(xml.contains("<answer fraction=\"33.33333\" format=\"html\">"), xml);
        assertTrue(xml.contains("<single>false</single>"), xml);
    }

    @Test
    void everyTypeSurvivesAWriteAndARead() {
        var bank = new ArrayList<>(SampleQuestions.bank());
        String image = "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\">";
        bank.add(new Question(QuestionType.SHORT_ANSWER, List.of("Інше"), "Усе не за замовчуванням",
                "<p>Текст із ]]> усередині</p>", "<p>Відгук " + image + "</p>", 2.5, 0.1, false, true,
                List.of(new Choice("ДКСУ", 1, image)), List.of(), List.of(), List.of("бюджет", "казначейство")));
        bank.add(new Question(QuestionType.MATCHING, List.of("Інше"), "Зображення у парах", "Зіставте.", null,
                1, 0, false, false, List.of(), List.of(),
                List.of(new Pair(image, "гіф"), new Pair("<p>Текст</p>", "текст")), List.of()));
        bank.add(new Question(QuestionType.SINGLE_CHOICE, List.of("Інше"), "Зображення у відповіді", "Оберіть.",
                null, 1, 0.3333333, false, false,
                List.of(new Choice(image + image, 1, "<p>" + image + "</p>"), new Choice("Ні", 0, null)),
                List.of(), List.of(), List.of()));
        ParsedBank read = MoodleXmlFormat.read(new ByteArrayInputStream(write(bank).getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(), read.problems());
        assertEquals(bank, questions(read));
    }

    @Test
    void theSampleSurvivesAWriteAndARead() {
        List<Question> questions = questions(sample);
        assertEquals(questions, questions(read(write(questions))));
    }

    @Test
    void aBankMovesBetweenTheFormats() {
        List<Question> bank = SampleQuestions.bank();
        assertEquals(bank, questions(GiftFormat.read(GiftFormat.write(questions(read(write(bank)))))));
    }
}
