package org.civitas.assessment;

import io.micronaut.json.tree.JsonNode;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Between what an attempt shows and what a question version holds: the options in the attempt's
 * order (ids are display positions, so the author's order, where the right choice often comes
 * first, never shows), answers in those ids turned into responses the scorer reads, and the right
 * answer turned back into ids for the review.
 */
final class AttemptAnswers {
    private AttemptAnswers() {
    }

    /** The order an attempt shows a version's parts in: choices (for matching, the distinct answers) and matching prompts. */
    static AttemptRow.Slot slot(long questionId, long versionId, double mark, Question q, boolean shuffle, java.util.Random random) {
        List<Integer> choices = new ArrayList<>();
        List<Integer> prompts = new ArrayList<>();
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> {
                for (int i = 0; i < q.choices().size(); i++) {
                    choices.add(i);
                }
                if (shuffle && q.shuffle() && q.type() != QuestionType.TRUE_FALSE) {
                    java.util.Collections.shuffle(choices, random);
                }
            }
            case MATCHING -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < q.pairs().size(); i++) {
                    if (seen.add(q.pairs().get(i).answer())) {
                        choices.add(i);
                    }
                    if (!q.pairs().get(i).prompt().isBlank()) {
                        prompts.add(i);
                    }
                }
                // the answers are always mixed: in the author's order they would line up with the prompts
                java.util.Collections.shuffle(choices, random);
                if (shuffle && q.shuffle()) {
                    java.util.Collections.shuffle(prompts, random);
                }
            }
            case SHORT_ANSWER, NUMERICAL -> {
                // typed answers: nothing to order
            }
        }
        return new AttemptRow.Slot(questionId, versionId, mark, choices, prompts);
    }

    /** A slot that shows everything in the author's order: ids are the version's own indexes (the bank's preview). */
    static AttemptRow.Slot asAuthored(Question q) {
        int parts = q.type() == QuestionType.MATCHING ? q.pairs().size() : q.choices().size();
        List<Integer> identity = java.util.stream.IntStream.range(0, parts).boxed().toList();
        return new AttemptRow.Slot(0, 0, q.mark(), identity, q.type() == QuestionType.MATCHING ? identity : List.of());
    }

    static @Nullable List<QuizViews.Option> choices(AttemptRow.Slot slot, Question q) {
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> options(slot.choiceOrder(), i -> q.choices().get(i).text());
            case MATCHING -> options(slot.choiceOrder(), i -> q.pairs().get(i).answer());
            case SHORT_ANSWER, NUMERICAL -> null;
        };
    }

    static @Nullable List<QuizViews.Option> prompts(AttemptRow.Slot slot, Question q) {
        return q.type() == QuestionType.MATCHING ? options(slot.promptOrder(), i -> q.pairs().get(i).prompt()) : null;
    }

    private static List<QuizViews.Option> options(List<Integer> order, java.util.function.IntFunction<String> text) {
        List<QuizViews.Option> options = new ArrayList<>();
        for (int position = 0; position < order.size(); position++) {
            options.add(new QuizViews.Option(position, text.apply(order.get(position))));
        }
        return options;
    }

    /**
     * What the learner answered, in the version's terms; null for no answer. A shape that does not
     * fit the question (a text for a choice, an id that is not shown) is refused: 400 answer_invalid.
     */
    static @Nullable Response response(AttemptRow.Slot slot, Question q, @Nullable JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return null;
        }
        return switch (q.type()) {
            case SINGLE_CHOICE, TRUE_FALSE -> new Response.Choice(choice(slot.choiceOrder(), answer));
            case MULTIPLE_CHOICE -> {
                if (!answer.isArray()) {
                    throw invalid();
                }
                Set<Integer> chosen = new HashSet<>();
                answer.values().forEach(id -> chosen.add(choice(slot.choiceOrder(), id)));
                yield new Response.Choices(chosen);
            }
            case SHORT_ANSWER, NUMERICAL -> {
                if (!answer.isString() && !answer.isNumber()) {
                    throw invalid();
                }
                String text = answer.isString() ? answer.getStringValue() : answer.getNumberValue().toString();
                if (text.length() > 1000) {
                    throw invalid();
                }
                yield new Response.Text(text);
            }
            case MATCHING -> {
                if (!answer.isObject()) {
                    throw invalid();
                }
                Map<Integer, Integer> chosen = new HashMap<>();
                for (Map.Entry<String, JsonNode> entry : answer.entries()) {
                    int prompt;
                    try {
                        prompt = Integer.parseInt(entry.getKey());
                    } catch (NumberFormatException e) {
                        throw invalid();
                    }
                    if (prompt < 0 || prompt >= slot.promptOrder().size()) {
                        throw invalid();
                    }
                    if (!entry.getValue().isNull()) {
                        chosen.put(slot.promptOrder().get(prompt), choice(slot.choiceOrder(), entry.getValue()));
                    }
                }
                yield new Response.Matches(chosen);
            }
        };
    }

    private static int choice(List<Integer> order, JsonNode id) {
        if (!id.isNumber()) {
            throw invalid();
        }
        int position = id.getIntValue();
        if (position < 0 || position >= order.size()) {
            throw invalid();
        }
        return order.get(position);
    }

    /** The right answer in the attempt's ids, for the review. */
    static JsonNode rightAnswer(AttemptRow.Slot slot, Question q) {
        Response right = Scoring.rightResponse(q);
        return switch (right) {
            case Response.Choice c -> JsonNode.createNumberNode(slot.choiceOrder().indexOf(c.index()));
            case Response.Choices c -> JsonNode.createArrayNode(c.indexes().stream().map(i -> slot.choiceOrder().indexOf(i)).sorted()
                    .map(i -> JsonNode.createNumberNode((int) i)).toList());
            case Response.Text t -> JsonNode.createStringNode(t.text());
            case Response.Matches m -> {
                Map<String, JsonNode> byPrompt = new LinkedHashMap<>();
                for (int position = 0; position < slot.promptOrder().size(); position++) {
                    Integer pair = m.chosen().get(slot.promptOrder().get(position));
                    if (pair != null) {
                        String text = q.pairs().get(pair).answer();
                        int shown = 0;
                        for (int c = 0; c < slot.choiceOrder().size(); c++) {
                            if (q.pairs().get(slot.choiceOrder().get(c)).answer().equals(text)) {
                                shown = c;
                            }
                        }
                        byPrompt.put(String.valueOf(position), JsonNode.createNumberNode(shown));
                    }
                }
                yield JsonNode.createObjectNode(byPrompt);
            }
        };
    }

    private static ApiException invalid() {
        return ApiException.invalidField("answer", "answer_invalid");
    }
}
