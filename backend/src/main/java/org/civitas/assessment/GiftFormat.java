package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;
import org.civitas.assessment.QuestionTexts.Format;
import org.jspecify.annotations.Nullable;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Moodle's GIFT text format, read and written as Moodle's own qformat_gift does: questions between
 * blank lines, {@code //} comments, {@code ::name::}, a {@code [format]} marker, the answers in
 * braces, {@code $CATEGORY:} lines.
 *
 * <p>Texts become HTML: question texts, choices, feedback and matching prompts follow the
 * question's text format; short answers and matching answers are plain, as in Moodle.
 */
final class GiftFormat {

    /** The characters a backslash escapes; {@code \n} is a line break. */
    private static final String ESCAPABLE = ":#={}~n";
    /**
     * While a question is taken apart, escaped characters stand as private-use characters, so that
     * they cannot be mistaken for GIFT's own (Moodle uses placeholder strings for the same reason).
     */
    private static final char PLACEHOLDER = '\uE000';
    /** Moodle's answer weight, a percentage right after the answer's sign: {@code ~%-50%}. */
    private static final Pattern WEIGHT = Pattern.compile("^%(-?[0-9]+(?:\\.[0-9]*)?)%");
    private static final Set<String> TRUE = Set.of("T", "TRUE");
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final String CATEGORY = "$CATEGORY:";
    private static final String GENERAL_FEEDBACK = "####";
    /** Stands for the answers in a missing-word question, whose text goes on after the braces. */
    private static final String BLANK = "_____";
    private static final String ARROW = "->";
    /** Moodle's GIFT import gives true/false no second try. */
    private static final double TRUE_FALSE_PENALTY = 1;

    private GiftFormat() {
    }

    static ParsedBank read(String text) {
        return new Reading().read(text);
    }

    static String write(List<Question> questions) {
        var out = new StringBuilder();
        List<String> category = List.of();
        for (Question question : questions) {
            if (!question.category().equals(category)) {
                category = question.category();
                out.append(CATEGORY).append(' ').append(CategoryPath.format(category)).append("\n\n");
            }
            out.append(question(question)).append('\n');
        }
        return out.toString();
    }

    // ---- reading ----

    private record Line(int number, String text) {
    }

    /** One pass over a file. */
    private static final class Reading {
        private final BankBuilder bank = new BankBuilder();

        ParsedBank read(String text) {
            String[] lines = text.replaceFirst("^\uFEFF", "").split("\r\n|\r|\n", -1);
            var block = new ArrayList<Line>();
            for (int i = 0; i <= lines.length; i++) {
                String line = i < lines.length ? lines[i].trim() : "";
                if (line.isEmpty()) {
                    if (!block.isEmpty()) {
                        block(block);
                        block.clear();
                    }
                } else if (!line.startsWith("//")) {
                    block.add(new Line(i + 1, line));
                }
            }
            return bank.build();
        }

        /** A block of lines between blank ones; a category line may stand at its head. */
        private void block(List<Line> lines) {
            Line first = lines.getFirst();
            if (first.text().startsWith(CATEGORY)) {
                bank.category(CategoryPath.parse(first.text().substring(CATEGORY.length())));
                if (lines.size() > 1) {
                    block(lines.subList(1, lines.size()));
                }
                return;
            }
            String source = String.join("\n", lines.stream().map(Line::text).toList());
            bank.question(first.number(), () -> question(source));
        }

        private Question question(String source) {
            var titled = Titled.of(protect(source));
            String text = titled.text();
            int open = text.indexOf('{');
            int close = text.indexOf('}');
            if (open < 0 && close < 0) {
                throw Refusal.unsupported("Descriptions are not questions and are not imported.",
                        titled.name(Formatted.of(text, Format.MOODLE)), "description");
            }
            if (open < 0 || close < open) {
                String message = open < 0 ? "A closing brace } has no opening brace {."
                        : close < 0 ? "The answers' opening brace { is never closed with }."
                        : "A closing brace } comes before the opening brace {.";
                throw Refusal.malformed(message, titled.name(Formatted.of(text, Format.MOODLE)), null);
            }
            String rest = text.substring(close + 1);
            var questionText = Formatted.of(text.substring(0, open) + (rest.isBlank() ? "" : BLANK) + rest,
                    Format.MOODLE);
            String name = titled.name(questionText);
            var block = AnswerBlock.of(text.substring(open + 1, close));
            String type = type(block.answers());
            if (type.equals("essay")) {
                throw Refusal.unsupported("Essay questions are not supported.", name, type);
            }
            Format format = questionText.format();
            var stem = new QuestionStem(bank.category(), name, questionText.html(),
                    QuestionTexts.emptyToNull(Formatted.of(block.feedback(), format).html()), 1,
                    type.equals("truefalse") ? TRUE_FALSE_PENALTY : QuestionStem.DEFAULT_PENALTY, List.of());
            String answers = block.answers();
            Question question = switch (type) {
                case "numerical" -> numerical(stem, answers.substring(1), format);
                case "multichoice" -> multipleChoice(stem, answers, format);
                case "match" -> matching(stem, answers, format);
                case "truefalse" -> trueFalse(stem, answers, format);
                default -> shortAnswer(stem, answers, format);
            };
            return QuestionRules.checked(question, type);
        }
    }

    /** A question's source with its {@code ::title::}, if any, taken off; an unclosed title is no title, as in Moodle. */
    private record Titled(String title, String text) {
        static Titled of(String source) {
            int end = source.indexOf("::", 2);
            return source.startsWith("::") && end >= 0
                    ? new Titled(restore(source.substring(2, end)).trim(), source.substring(end + 2).trim())
                    : new Titled("", source.startsWith("::") ? source.substring(2) : source);
        }

        String name(Formatted text) {
            return title.isEmpty() ? QuestionTexts.defaultName(text.html()) : title;
        }
    }

    /** What stands between the braces: the answers, then the general feedback after the last {@code ####}. */
    private record AnswerBlock(String answers, String feedback) {
        static AnswerBlock of(String block) {
            int separator = block.lastIndexOf(GENERAL_FEEDBACK);
            return separator < 0 ? new AnswerBlock(block.trim(), "")
                    : new AnswerBlock(block.substring(0, separator).trim(),
                    block.substring(separator + GENERAL_FEEDBACK.length()));
        }
    }

    /** Moodle's type, told from the answers alone, in the order Moodle asks. */
    private static String type(String answers) {
        if (answers.isEmpty()) {
            return "essay";
        }
        if (answers.startsWith("#")) {
            return "numerical";
        }
        if (answers.contains("~")) {
            return "multichoice";
        }
        if (answers.contains("=") && answers.contains(ARROW)) {
            return "match";
        }
        int hash = answers.indexOf('#');
        return TRUE_FALSE.contains((hash > 0 ? answers.substring(0, hash) : answers).trim()) ? "truefalse" : "shortanswer";
    }

    /** As in Moodle, any {@code =} makes a single-answer question; without one, several may be chosen. */
    private static Question multipleChoice(QuestionStem stem, String answers, Format format) {
        var choices = new ArrayList<Choice>();
        for (String answer : split(answers, "~=")) {
            var weighted = Weighted.of(answer.substring(1), answer.charAt(0) == '=' ? 1 : 0);
            var commented = Commented.of(weighted.rest());
            choices.add(new Choice(Formatted.of(commented.text(), format).html(), weighted.fraction(),
                    commented.feedback(format)));
        }
        boolean single = answers.contains("=");
        return stem.choice(single ? QuestionType.SINGLE_CHOICE : QuestionType.MULTIPLE_CHOICE, true, choices);
    }

    /** {@code T#feedback if wrong#feedback if right}: Moodle gives the wrong answer's feedback first. */
    private static Question trueFalse(QuestionStem stem, String answers, Format format) {
        String[] bits = answers.split("#", 3);
        boolean answer = TRUE.contains(bits[0].trim());
        String wrong = bits.length > 1 ? QuestionTexts.emptyToNull(Formatted.of(bits[1], format).html()) : null;
        String right = bits.length > 2 ? QuestionTexts.emptyToNull(Formatted.of(bits[2], format).html()) : null;
        return answer ? stem.trueFalse(true, right, wrong) : stem.trueFalse(false, wrong, right);
    }

    private static Question shortAnswer(QuestionStem stem, String answers, Format format) {
        var accepted = new ArrayList<Choice>();
        for (String answer : split(answers, "=")) {
            var weighted = Weighted.of(answer.substring(1), 1);
            var commented = Commented.of(weighted.rest());
            accepted.add(new Choice(restore(commented.text()).trim(), weighted.fraction(), commented.feedback(format)));
        }
        return stem.shortAnswer(false, accepted);
    }

    /** {@code #value:tolerance}, {@code #min..max} or {@code #value}; a final {@code ~#feedback} is for any other number. */
    private static Question numerical(QuestionStem stem, String answers, Format format) {
        int tilde = answers.indexOf('~');
        var numbers = new ArrayList<NumberAnswer>();
        for (String answer : split(tilde < 0 ? answers : answers.substring(0, tilde), "=")) {
            var weighted = Weighted.of(answer.substring(1), 1);
            var commented = Commented.of(weighted.rest());
            numbers.add(number(restore(commented.text()).trim(), weighted.fraction(), commented.feedback(format), stem));
        }
        if (tilde >= 0) {
            numbers.add(NumberAnswer.any(0, Commented.of(answers.substring(tilde + 1)).feedback(format)));
        }
        return stem.numerical(numbers);
    }

    private static NumberAnswer number(String text, double fraction, @Nullable String feedback, QuestionStem stem) {
        int range = text.indexOf("..");
        int colon = text.indexOf(':');
        String value = range > 0 ? text.substring(0, range) : colon > 0 ? text.substring(0, colon) : text;
        if (value.trim().equals("*")) {
            return NumberAnswer.any(fraction, feedback);
        }
        BigDecimal first = decimal(value, stem);
        if (range > 0) {
            BigDecimal last = decimal(text.substring(range + 2), stem);
            BigDecimal middle = first.add(last).divide(BigDecimal.TWO);
            return new NumberAnswer(middle.doubleValue(), last.subtract(middle).doubleValue(), fraction, feedback);
        }
        BigDecimal tolerance = colon > 0 ? decimal(text.substring(colon + 1), stem) : BigDecimal.ZERO;
        return new NumberAnswer(first.doubleValue(), tolerance.doubleValue(), fraction, feedback);
    }

    private static BigDecimal decimal(String text, QuestionStem stem) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException notANumber) {
            throw Refusal.malformed("“" + text.trim() + "” in a numerical answer is not a number.", stem.name(), "numerical");
        }
    }

    private static Question matching(QuestionStem stem, String answers, Format format) {
        var pairs = new ArrayList<Pair>();
        for (String answer : split(answers, "=")) {
            int arrow = answer.indexOf(ARROW);
            if (arrow < 0) {
                throw Refusal.malformed("A matching pair needs “->” between the question and its answer: “"
                        + restore(answer.substring(1)).trim() + "”.", stem.name(), "match");
            }
            pairs.add(new Pair(Formatted.of(answer.substring(1, arrow), format).html(),
                    restore(answer.substring(arrow + ARROW.length())).trim()));
        }
        return stem.matching(true, pairs);
    }

    /**
     * The answers, each still led by its sign (one of {@code signs}). Text before the first sign
     * is an answer too, as in Moodle, with the first sign's meaning.
     */
    private static List<String> split(String answers, String signs) {
        var parts = new ArrayList<String>();
        var part = new StringBuilder().append(signs.charAt(0));
        boolean leading = true;
        for (char c : answers.toCharArray()) {
            if (signs.indexOf(c) >= 0) {
                if (!leading || !part.substring(1).isBlank()) {
                    parts.add(part.toString());
                }
                part = new StringBuilder().append(c);
                leading = false;
            } else {
                part.append(c);
            }
        }
        if (!leading || !part.substring(1).isBlank()) {
            parts.add(part.toString());
        }
        return parts;
    }

    /** An answer with its optional {@code %weight%}. */
    private record Weighted(double fraction, String rest) {
        static Weighted of(String answer, double otherwise) {
            String trimmed = answer.trim();
            var weight = WEIGHT.matcher(trimmed);
            return weight.find()
                    ? new Weighted(Decimals.fractionOfPercent(weight.group(1)), trimmed.substring(weight.end()).trim())
                    : new Weighted(otherwise, trimmed);
        }
    }

    /** An answer and its optional {@code #feedback}. */
    private record Commented(String text, @Nullable String rawFeedback) {
        static Commented of(String answer) {
            int hash = answer.indexOf('#');
            return hash < 0 ? new Commented(answer, null)
                    : new Commented(answer.substring(0, hash), answer.substring(hash + 1));
        }

        @Nullable String feedback(Format format) {
            return rawFeedback == null ? null : QuestionTexts.emptyToNull(Formatted.of(rawFeedback, format).html());
        }
    }

    /** A text with its {@code [format]} marker, if any, read; the HTML it comes to. */
    private record Formatted(Format format, String html) {
        static Formatted of(String raw, Format otherwise) {
            String text = raw.trim();
            Format format = otherwise;
            int end = text.indexOf(']');
            if (text.startsWith("[") && end > 0) {
                Optional<Format> named = Format.named(text.substring(1, end));
                if (named.isPresent()) {
                    format = named.get();
                    text = text.substring(end + 1);
                }
            }
            return new Formatted(format, format.toHtml(restore(text)));
        }
    }

    /** Escaped characters as placeholders; an escaped backslash as a plain one. */
    private static String protect(String text) {
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int escaped = i + 1 < text.length() && c == '\\' ? ESCAPABLE.indexOf(text.charAt(i + 1)) : -1;
            if (escaped >= 0) {
                out.append((char) (PLACEHOLDER + escaped));
                i++;
            } else if (c == '\\' && i + 1 < text.length() && text.charAt(i + 1) == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String restore(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            int escaped = c - PLACEHOLDER;
            boolean placeholder = escaped >= 0 && escaped < ESCAPABLE.length();
            out.append(!placeholder ? c : ESCAPABLE.charAt(escaped) == 'n' ? '\n' : ESCAPABLE.charAt(escaped));
        }
        return out.toString();
    }

    // ---- writing ----

    private static String question(Question question) {
        Format format = plainForm(question.text()).isPresent() ? Format.MOODLE : Format.HTML;
        var out = new StringBuilder("::").append(escape(question.name())).append("::")
                .append(text(question.text(), Format.MOODLE)).append('{')
                .append(question.type() == QuestionType.NUMERICAL ? "#" : "");
        switch (question.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> choices(question, format, out);
            case TRUE_FALSE -> trueFalse(question, format, out);
            case SHORT_ANSWER -> question.choices().forEach(answer -> out.append("\n\t")
                    .append(weight('=', answer.fraction(), 1, escape(answer.text())))
                    .append(feedback(answer.feedback(), format)));
            case NUMERICAL -> numbers(question.numbers(), format, out);
            case MATCHING -> question.pairs().forEach(pair -> out.append("\n\t=")
                    .append(text(pair.prompt(), format)).append(' ').append(ARROW).append(' ')
                    .append(escape(pair.answer())));
        }
        if (question.feedback() != null) {
            out.append(question.type() == QuestionType.TRUE_FALSE ? "" : "\n\t")
                    .append(GENERAL_FEEDBACK).append(text(question.feedback(), format));
        }
        return out.append(question.type() == QuestionType.TRUE_FALSE ? "" : "\n").append("}\n").toString();
    }

    /**
     * {@code =} marks the one right answer of a single-answer question; the rest carry {@code ~}, so
     * that even two full-mark choices read back as choices, not as short answers.
     */
    private static void choices(Question question, Format format, StringBuilder out) {
        boolean single = question.type() == QuestionType.SINGLE_CHOICE;
        boolean marked = false;
        for (Choice choice : question.choices()) {
            boolean right = single && !marked && choice.fraction() == 1;
            marked |= right;
            out.append("\n\t").append(weight(right ? '=' : '~', choice.fraction(), right ? 1 : 0, text(choice.text(), format)))
                    .append(feedback(choice.feedback(), format));
        }
    }

    private static void trueFalse(Question question, Format format, StringBuilder out) {
        Choice yes = question.choices().getFirst();
        Choice no = question.choices().getLast();
        boolean answer = yes.fraction() == 1;
        String right = answer ? yes.feedback() : no.feedback();
        String wrong = answer ? no.feedback() : yes.feedback();
        out.append(answer ? "TRUE" : "FALSE");
        if (wrong != null || right != null) {
            out.append('#').append(wrong == null ? "" : text(wrong, format));
        }
        if (right != null) {
            out.append('#').append(text(right, format));
        }
    }

    /** Moodle's "any other number" comes last as {@code ~#feedback}; elsewhere it is written {@code *}. */
    private static void numbers(List<NumberAnswer> numbers, Format format, StringBuilder out) {
        for (int i = 0; i < numbers.size(); i++) {
            NumberAnswer number = numbers.get(i);
            out.append("\n\t");
            if (number.isAny() && number.fraction() == 0 && i == numbers.size() - 1) {
                out.append("~#").append(number.feedback() == null ? "" : text(number.feedback(), format));
                continue;
            }
            String value = number.isAny() ? "*" : Decimals.plain(number.value())
                    + (number.tolerance() == 0 ? "" : ":" + Decimals.plain(number.tolerance()));
            out.append(weight('=', number.fraction(), 1, value)).append(feedback(number.feedback(), format));
        }
    }

    /** The sign, then the weight unless it is the sign's own, or the text could be taken for one. */
    private static String weight(char sign, double fraction, double signsOwn, String text) {
        boolean plainSign = fraction == signsOwn && !text.startsWith("%");
        return sign + (plainSign ? "" : "%" + Decimals.percentOf(fraction) + "%") + text;
    }

    private static String feedback(@Nullable String feedback, Format format) {
        return feedback == null ? "" : "#" + text(feedback, format);
    }

    /**
     * A text, written plain where the question's format is Moodle's and the HTML is only escaped
     * text, else as HTML; a marker where the text's format is not the one the reader will assume,
     * or where the text itself starts with a bracket.
     */
    private static String text(String html, Format questionFormat) {
        Optional<String> plain = plainForm(html);
        if (questionFormat == Format.MOODLE && plain.isPresent()) {
            return (plain.get().startsWith("[") ? "[moodle]" : "") + escape(plain.get());
        }
        return (questionFormat == Format.MOODLE || html.startsWith("[") ? "[html]" : "") + escape(html);
    }

    /** Plain text that GIFT can carry: "->" would split a matching pair, and has no escape. */
    private static Optional<String> plainForm(String html) {
        return QuestionTexts.asPlain(html).filter(plain -> !plain.contains(ARROW));
    }

    private static String escape(String text) {
        var out = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\', '#', '=', '~', '{', '}', ':' -> out.append('\\').append(c);
                case '\n' -> out.append("\\n");
                case '\r' -> { }
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
