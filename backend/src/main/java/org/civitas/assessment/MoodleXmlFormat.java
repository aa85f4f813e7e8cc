package org.civitas.assessment;

import org.civitas.assessment.ParsedBank.Problem;
import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.civitas.assessment.QuestionTexts.Format;
import org.jspecify.annotations.Nullable;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

/**
 * Moodle XML, read and written as Moodle's own qformat_xml does: {@code <quiz>} holding
 * {@code <question type="…">} elements, categories as questions of type "category", texts with
 * their format and files.
 *
 * <p>Texts become HTML: question texts, choices, feedback and matching prompts follow their
 * {@code format}; true/false, short-answer, numerical and matching answers are plain, as in Moodle.
 * Numerical units, hints and the combined feedback of choice questions are not kept.
 */
final class MoodleXmlFormat {

    private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String CATEGORY = "category";
    /** Moodle writes a third with seven decimals, older files with fewer; it reads all of them as its own. */
    private static final double THIRD_ROUNDING = 0.005;
    private static final Set<String> FALSE = Set.of("", "0", "false");

    private MoodleXmlFormat() {
    }

    static ParsedBank read(InputStream xml) {
        XmlElement quiz;
        try {
            quiz = XmlElement.parse(xml);
        } catch (SAXParseException notXml) {
            return notABank(notXml.getLineNumber(), "The file is not well-formed XML: " + notXml.getMessage());
        } catch (SAXException notXml) {
            return notABank(0, "The file is not well-formed XML: " + notXml.getMessage());
        } catch (CharConversionException wrongBytes) {
            return notABank(0, "The file's bytes do not match its declared encoding: " + wrongBytes.getMessage());
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        if (!quiz.name().equals("quiz")) {
            return notABank(quiz.line(), "The file is not a Moodle XML question bank: its root element is <"
                    + quiz.name() + ">, not <quiz>.");
        }
        return new Reading().read(quiz);
    }

    private static ParsedBank notABank(int line, String message) {
        return new ParsedBank(List.of(), List.of(new Problem(Math.max(line, 0), 0, Problem.MALFORMED, message, null, null)));
    }

    /** Writes UTF-8 with the declaration Moodle writes (the JDK's writer would quote it with apostrophes). */
    static void write(List<Question> questions, OutputStream out) {
        try {
            out.write(DECLARATION.getBytes(StandardCharsets.UTF_8));
            new Writer(XMLOutputFactory.newInstance().createXMLStreamWriter(out, "UTF-8")).bank(questions);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (XMLStreamException failed) {
            throw new UncheckedIOException(new IOException("Could not write the Moodle XML file", failed));
        }
    }

    // ---- reading ----

    /** One pass over a file. */
    private static final class Reading {
        private final BankBuilder bank = new BankBuilder();

        ParsedBank read(XmlElement quiz) {
            for (XmlElement element : quiz.children("question")) {
                String type = element.attribute("type", "").trim();
                if (type.equals(CATEGORY)) {
                    bank.category(CategoryPath.parse(element.child(CATEGORY)
                            .map(path -> path.child("text").isPresent() ? path.childText("text") : path.text())
                            .orElse("")));
                } else {
                    bank.question(element.line(), () -> question(element, type));
                }
            }
            return bank.build();
        }

        private Question question(XmlElement element, String type) {
            Format format = element.child("questiontext").map(holder -> format(holder, Format.HTML)).orElse(Format.HTML);
            String text = element.child("questiontext").map(holder -> html(holder, Format.HTML, type)).orElse("");
            String written = element.textOf("name");
            String name = written.isEmpty() ? QuestionTexts.defaultName(text) : written;
            if (type.isEmpty()) {
                throw Refusal.malformed("The question has no type.", name, null);
            }
            var stem = new QuestionStem(bank.category(), name, text,
                    element.child("generalfeedback").map(holder -> feedback(holder, format, type)).orElse(null),
                    decimal(element.childText("defaultgrade"), 1, "default mark", name, type),
                    penalty(decimal(element.childText("penalty"), QuestionStem.DEFAULT_PENALTY, "penalty", name, type)),
                    element.child("tags").stream().flatMap(tags -> tags.children("tag").stream())
                            .map(tag -> tag.childText("text")).filter(tag -> !tag.isEmpty()).toList());
            var answers = new Answers(element.children("answer"), format, stem, type);
            Question question = switch (type) {
                case "multichoice" -> stem.choice(
                        truth(element, "single", "true") ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE,
                        truth(element, "shuffleanswers", "false"),
                        answers.read(answer -> new Choice(html(answer, format, type), answers.fraction(answer),
                                answers.feedback(answer))));
                case "truefalse" -> trueFalse(stem, answers);
                case "shortanswer" -> stem.shortAnswer(truth(element, "usecase", "0"),
                        answers.read(answer -> new Choice(answer.childText("text"), answers.fraction(answer),
                                answers.feedback(answer))));
                case "numerical" -> stem.numerical(answers.read(answers::number));
                case "matching", "match" -> stem.matching(truth(element, "shuffleanswers", "1"), pairs(element, format, stem));
                default -> throw Refusal.unsupported("Moodle question type “" + type + "” is not supported.", name, type);
            };
            return QuestionRules.checked(question, type);
        }
    }

    /**
     * Moodle's true/false: each answer says which side it is ("true"/"false"; old files rely on the
     * order instead), and the question's answer is true when the true side is worth 100%.
     */
    private static Question trueFalse(QuestionStem stem, Answers answers) {
        List<XmlElement> elements = answers.elements();
        if (elements.isEmpty()) {
            throw Refusal.malformed("A true/false question needs its true and false answers.", stem.name(),
                    answers.type());
        }
        boolean answer = true;
        String feedbackTrue = null;
        String feedbackFalse = null;
        for (int i = 0; i < elements.size(); i++) {
            XmlElement element = elements.get(i);
            String side = element.childText("text").toLowerCase(Locale.ROOT);
            boolean isTrue = side.equals("true") || !side.equals("false") && i == 0;
            boolean full = answers.fraction(element) == 1;
            if (isTrue) {
                answer = full;
                feedbackTrue = answers.feedback(element);
            } else {
                answer = !full;
                feedbackFalse = answers.feedback(element);
            }
        }
        return stem.trueFalse(answer, feedbackTrue, feedbackFalse);
    }

    /** Pairs in file order; an empty prompt is a distractor, a pair empty on both sides is left out, as Moodle does. */
    private static List<Pair> pairs(XmlElement element, Format format, QuestionStem stem) {
        var pairs = new ArrayList<Pair>();
        for (XmlElement subquestion : element.children("subquestion")) {
            String prompt = html(subquestion, format, "matching");
            String answer = subquestion.textOf("answer");
            if (!prompt.isEmpty() || !answer.isEmpty()) {
                pairs.add(new Pair(prompt, answer));
            }
        }
        return pairs;
    }

    /** A question's {@code <answer>} elements and what every type reads from each. */
    private record Answers(List<XmlElement> elements, Format format, QuestionStem stem, String type) {

        <T> List<T> read(Function<XmlElement, T> reader) {
            return elements.stream().map(reader).toList();
        }

        double fraction(XmlElement answer) {
            String percent = answer.attribute("fraction", "0");
            try {
                return Decimals.fractionOfPercent(percent);
            } catch (NumberFormatException notANumber) {
                throw Refusal.malformed("An answer's fraction “" + percent + "” is not a number.", stem.name(), type);
            }
        }

        @Nullable String feedback(XmlElement answer) {
            return answer.child("feedback").map(holder -> MoodleXmlFormat.feedback(holder, format, type)).orElse(null);
        }

        /** A value with its tolerance; {@code *} (or nothing) takes any number. */
        NumberAnswer number(XmlElement answer) {
            String value = answer.childText("text");
            double fraction = fraction(answer);
            if (value.isEmpty() || value.equals("*")) {
                return NumberAnswer.any(fraction, feedback(answer));
            }
            return new NumberAnswer(decimal(value, 0, "numerical answer", stem.name(), type),
                    decimal(answer.childText("tolerance"), 0, "tolerance", stem.name(), type),
                    fraction, feedback(answer));
        }
    }

    private static double decimal(String text, double otherwise, String what, String name, String type) {
        if (text.isEmpty()) {
            return otherwise;
        }
        try {
            return Decimals.parse(text);
        } catch (NumberFormatException notANumber) {
            throw Refusal.malformed("The " + what + " “" + text + "” is not a number.", name, type);
        }
    }

    private static double penalty(double penalty) {
        return Math.abs(penalty - QuestionStem.DEFAULT_PENALTY) < THIRD_ROUNDING ? QuestionStem.DEFAULT_PENALTY : penalty;
    }

    /** Moodle's yes/no: "false", "0" or nothing is no, anything else yes. */
    private static boolean truth(XmlElement question, String child, String otherwise) {
        String value = question.child(child).map(element -> element.text().trim()).orElse(otherwise);
        return !FALSE.contains(value.toLowerCase(Locale.ROOT));
    }

    /** A format Moodle does not know is read as HTML, as Moodle does; a missing one is the question's. */
    private static Format format(XmlElement holder, Format otherwise) {
        String name = holder.attribute("format", "");
        return name.isEmpty() ? otherwise : Format.named(name).orElse(Format.HTML);
    }

    private static @Nullable String feedback(XmlElement holder, Format otherwise, @Nullable String type) {
        return QuestionTexts.emptyToNull(html(holder, otherwise, type));
    }

    /** The {@code <text>} of an element that may carry files, as HTML with its files inline. */
    private static String html(XmlElement holder, Format otherwise, @Nullable String type) {
        var files = new ArrayList<EmbeddedFiles.File>();
        for (XmlElement file : holder.children("file")) {
            String name = file.attribute("name", "");
            try {
                files.add(EmbeddedFiles.checked(new EmbeddedFiles.File(file.attribute("path", "/"), name,
                        file.text().replaceAll("\\s", ""))));
            } catch (IllegalArgumentException notBase64) {
                throw Refusal.malformed("The file “" + name + "” is not base64.", null, type);
            }
        }
        return EmbeddedFiles.inline(format(holder, otherwise).toHtml(holder.childText("text")), files);
    }

    // ---- writing ----

    /** Writes elements one a line, indented as Moodle's own export, texts in CDATA where they need it. */
    private record Writer(XMLStreamWriter xml) {

        void bank(List<Question> questions) throws XMLStreamException {
            xml.writeStartElement("quiz");
            List<String> category = List.of();
            for (Question question : questions) {
                if (!question.category().equals(category)) {
                    category = question.category();
                    open(1, "question", "type", CATEGORY);
                    open(2, CATEGORY);
                    text(3, CategoryPath.format(category));
                    close(2);
                    close(1);
                }
                question(question);
            }
            close(0);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        }

        private void question(Question question) throws XMLStreamException {
            open(1, "question", "type", type(question.type()));
            open(2, "name");
            text(3, question.name());
            close(2);
            html(2, "questiontext", question.text());
            html(2, "generalfeedback", question.feedback() == null ? "" : question.feedback());
            leaf(2, "defaultgrade", Decimals.plain(question.mark()));
            leaf(2, "penalty", Decimals.plain(question.penalty()));
            leaf(2, "hidden", "0");
            switch (question.type()) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    leaf(2, "single", String.valueOf(question.type() == QuestionType.SINGLE_CHOICE));
                    leaf(2, "shuffleanswers", String.valueOf(question.shuffle()));
                    leaf(2, "answernumbering", "abc");
                    for (Choice choice : question.choices()) {
                        answer(choice.fraction(), Format.HTML, choice.text(), choice.feedback());
                    }
                }
                case TRUE_FALSE, SHORT_ANSWER -> {
                    if (question.type() == QuestionType.SHORT_ANSWER) {
                        leaf(2, "usecase", question.caseSensitive() ? "1" : "0");
                    }
                    for (Choice choice : question.choices()) {
                        answer(choice.fraction(), Format.MOODLE, choice.text(), choice.feedback());
                    }
                }
                case NUMERICAL -> numbers(question.numbers());
                case MATCHING -> pairs(question);
            }
            if (!question.tags().isEmpty()) {
                open(2, "tags");
                for (String tag : question.tags()) {
                    open(3, "tag");
                    text(4, tag);
                    close(3);
                }
                close(2);
            }
            close(1);
        }

        private static String type(QuestionType type) {
            return switch (type) {
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> "multichoice";
                case TRUE_FALSE -> "truefalse";
                case SHORT_ANSWER -> "shortanswer";
                case NUMERICAL -> "numerical";
                case MATCHING -> "matching";
            };
        }

        private void numbers(List<NumberAnswer> numbers) throws XMLStreamException {
            for (NumberAnswer number : numbers) {
                openAnswer(number.fraction(), Format.MOODLE, number.isAny() ? "*" : Decimals.plain(number.value()));
                feedback(number.feedback());
                leaf(3, "tolerance", number.isAny() ? "0" : Decimals.plain(number.tolerance()));
                close(2);
            }
        }

        private void pairs(Question question) throws XMLStreamException {
            leaf(2, "shuffleanswers", String.valueOf(question.shuffle()));
            for (Pair pair : question.pairs()) {
                var prompt = EmbeddedFiles.extract(pair.prompt());
                open(2, "subquestion", "format", "html");
                text(3, prompt.html());
                files(3, prompt.files());
                open(3, "answer");
                text(4, pair.answer());
                close(3);
                close(2);
            }
        }

        private void answer(double fraction, Format format, String text, @Nullable String feedback)
                throws XMLStreamException {
            openAnswer(fraction, format, text);
            feedback(feedback);
            close(2);
        }

        /** An answer's opening: its fraction, then its text with any files, left open for the rest. */
        private void openAnswer(double fraction, Format format, String text) throws XMLStreamException {
            var extracted = EmbeddedFiles.extract(text);
            open(2, "answer", "fraction", Decimals.percentOf(fraction), "format",
                    format == Format.HTML ? "html" : "moodle_auto_format");
            text(3, extracted.html());
            files(3, extracted.files());
        }

        private void feedback(@Nullable String feedback) throws XMLStreamException {
            html(3, "feedback", feedback == null ? "" : feedback);
        }

        /** An HTML text: its images written out as files beside it, as Moodle exports them. */
        private void html(int depth, String name, String html) throws XMLStreamException {
            var extracted = EmbeddedFiles.extract(html);
            open(depth, name, "format", "html");
            text(depth + 1, extracted.html());
            files(depth + 1, extracted.files());
            close(depth);
        }

        private void files(int depth, List<EmbeddedFiles.File> files) throws XMLStreamException {
            for (EmbeddedFiles.File file : files) {
                indent(depth);
                xml.writeStartElement("file");
                xml.writeAttribute("name", file.name());
                xml.writeAttribute("path", file.path());
                xml.writeAttribute("encoding", "base64");
                xml.writeCharacters(file.base64());
                xml.writeEndElement();
            }
        }

        /** Moodle's own rule: CDATA where the text holds a character XML would escape. */
        private void text(int depth, String text) throws XMLStreamException {
            indent(depth);
            xml.writeStartElement("text");
            if (text.chars().anyMatch(c -> "<>&\"'".indexOf(c) >= 0)) {
                String[] parts = text.split("]]>", -1);
                for (int i = 0; i < parts.length; i++) {
                    xml.writeCData((i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : ""));
                }
            } else {
                xml.writeCharacters(text);
            }
            xml.writeEndElement();
        }

        private void leaf(int depth, String name, String value) throws XMLStreamException {
            indent(depth);
            xml.writeStartElement(name);
            xml.writeCharacters(value);
            xml.writeEndElement();
        }

        private void open(int depth, String name, String... attributes) throws XMLStreamException {
            indent(depth);
            xml.writeStartElement(name);
            for (int i = 0; i < attributes.length; i += 2) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }

        private void close(int depth) throws XMLStreamException {
            indent(depth);
            xml.writeEndElement();
        }

        private void indent(int depth) throws XMLStreamException {
            xml.writeCharacters("\n" + "  ".repeat(depth));
        }
    }
}
