package org.civitas.assessment;

import org.civitas.assessment.Question.Choice;
import org.civitas.assessment.Question.NumberAnswer;
import org.civitas.assessment.Question.Pair;

import java.util.List;

/** A bank with every type and the texts that are hard to carry, for the round trips of both formats. */
final class SampleQuestions {

    static final List<String> BUDGET = List.of("Модуль 1", "Бюджет");
    static final List<String> SLASHED = List.of("Модуль 2", "Доходи/видатки");
    /** A red dot, 1×1 PNG. */
    static final String PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==";
    static final String IMAGE_HTML = "<p>Що на схемі?</p><p><img src=\"data:image/png;base64," + PNG + "\" alt=\"схема\"></p>";

    private SampleQuestions() {
    }

    /** Questions as GIFT keeps them: default mark, penalty and shuffling, no tags. */
    static List<Question> bank() {
        return List.of(
                question(QuestionType.SINGLE_CHOICE, BUDGET, "Спецсимволи: a=b {c} ~d #e \\f",
                        QuestionTexts.fromPlain("Формула: a = b : c {d} ~ e # f \\ g & <тег> \"лапки\" 'апостроф'\n"
                                + "Новий рядок."),
                        "Загальний відгук: 100%", 0.3333333, true,
                        List.of(new Choice("Так = так", 1, "Правильно: ~ і #"),
                                new Choice("Ні", 0, null),
                                new Choice("%50% схоже на вагу", 0.5, null),
                                new Choice("[html] схоже на формат", 0, null)),
                        List.of(), List.of()),
                question(QuestionType.MULTIPLE_CHOICE, BUDGET, "Власні доходи",
                        "<p>Що належить до <b>власних</b> доходів?</p>", "<p>Див. <i>Бюджетний кодекс</i>.</p>",
                        0.3333333, true,
                        List.of(new Choice("<span>Місцеві податки</span>", 0.3333333, "<b>Так</b>"),
                                new Choice("Місцеві збори", 0.3333333, null),
                                new Choice("Єдиний податок", 0.3333333, null),
                                new Choice("Мито", -1, "Ні")),
                        List.of(), List.of()),
                question(QuestionType.MULTIPLE_CHOICE, BUDGET, "Одна правильна серед багатьох",
                        "Позначте всі правильні.", null, 0.3333333, true,
                        List.of(new Choice("Так", 1, null), new Choice("Ні", 0, null), new Choice("Теж ні", -0.5, null)),
                        List.of(), List.of()),
                question(QuestionType.TRUE_FALSE, SLASHED, "Рада затверджує", "Бюджет затверджує рада.", null, 1, false,
                        List.of(new Choice("true", 1, "Так, рішенням ради."), new Choice("false", 0, "Ні, саме рада.")),
                        List.of(), List.of()),
                question(QuestionType.TRUE_FALSE, SLASHED, "Бюджетний рік", "Бюджетний рік починається 1 квітня.",
                        "З 1 січня.", 1, false,
                        List.of(new Choice("true", 0, null), new Choice("false", 1, "Правильно")),
                        List.of(), List.of()),
                question(QuestionType.TRUE_FALSE, SLASHED, "Лише правильний відгук", "Twelve is even.", null, 1, false,
                        List.of(new Choice("true", 1, "Right"), new Choice("false", 0, null)),
                        List.of(), List.of()),
                question(QuestionType.SHORT_ANSWER, List.of(), "Столиця", "Столиця України — _____.", null, 0.3333333,
                        false,
                        List.of(new Choice("Київ", 1, null), new Choice("Kyiv", 1, "English"),
                                new Choice("Киев", 0.5, "Частково"), new Choice("Львів", 0, "Ні")),
                        List.of(), List.of()),
                question(QuestionType.NUMERICAL, List.of(), "Число пі", "π до сотих?", "π — ірраціональне.", 0.3333333,
                        false, List.of(),
                        List.of(new NumberAnswer(3.14, 0.005, 1, "Так"), new NumberAnswer(3, 0.5, 0.5, null),
                                new NumberAnswer(-1.5e-7, 0, 0.1, null), NumberAnswer.any(0, "Далеко")),
                        List.of()),
                question(QuestionType.NUMERICAL, List.of(), "Будь-яке число посередині", "Скільки?", null, 0.3333333,
                        false, List.of(),
                        List.of(NumberAnswer.any(0.5, null), new NumberAnswer(450, 0, 1, null), NumberAnswer.any(0, null)),
                        List.of()),
                question(QuestionType.MATCHING, BUDGET, "Гілки влади", "Установіть відповідність.", null, 0.3333333, true,
                        List.of(), List.of(),
                        List.of(new Pair("Верховна Рада", "ухвалює закони"),
                                new Pair("<p>Кабінет <b>Міністрів</b></p>", "виконує закони"),
                                new Pair("a -&gt; b", "стрілка -> у відповіді"),
                                new Pair("", "призначає суддів"))),
                question(QuestionType.SINGLE_CHOICE, BUDGET, "Зображення", IMAGE_HTML, null, 0.3333333, true,
                        List.of(new Choice("Бюджетний цикл", 1, null), new Choice("Податкова система", 0, null)),
                        List.of(), List.of()));
    }

    static Question question(QuestionType type, List<String> category, String name, String text,
                             String feedback, double penalty, boolean shuffle, List<Choice> choices,
                             List<NumberAnswer> numbers, List<Pair> pairs) {
        return new Question(type, category, name, text, feedback, 1, penalty, shuffle, false,
                choices, numbers, pairs, List.of());
    }
}
