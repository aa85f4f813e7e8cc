package org.civitas.assessment;

import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The questions of a bank. Saving a question that an attempt has answered makes a new version, so
 * the attempt is still scored against what it saw; otherwise the newest version is rewritten.
 */
@Singleton
class Questions {
    private final QuestionRepository questions;
    private final QuestionVersionRepository versions;
    private final Categories categories;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Questions(QuestionRepository questions, QuestionVersionRepository versions, Categories categories, ProgramAccess access,
              AuditLog audit, Clock clock) {
        this.questions = questions;
        this.versions = versions;
        this.categories = categories;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    PageView<BankViews.QuestionSummary> search(long programId, @Nullable Long categoryId, boolean subcategories,
                                               @Nullable String type, @Nullable String query, int page, int size, Caller caller) {
        access.requireManage(programId, caller);
        Set<Long> inCategories = categoryId == null ? Set.of(0L)
                : subcategories ? categories.withDescendants(programId, categoryId) : Set.of(categoryId);
        String pattern = query == null || query.isBlank() ? null : SearchPattern.contains(query.strip());
        Categories.Tree tree = categories.tree(programId);
        return PageView.of(questions.search(programId, inCategories, type, pattern, Pageable.from(page, size, Sort.UNSORTED)),
                row -> new BankViews.QuestionSummary(row.requireId(), row.type(), row.name(), row.categoryId(),
                        tree.path(row.categoryId()), tags(row.tags()), row.versionNumber(), row.answered(), row.updatedAt()));
    }

    BankViews.QuestionView get(long questionId, Caller caller) {
        QuestionRow row = live(questionId);
        access.requireManage(row.programId(), caller);
        return view(row, newest(row));
    }

    /** Scores a trial answer against the newest version, as the editor's preview asks. */
    BankViews.Checked check(long questionId, BankViews.Check request, Caller caller) {
        QuestionRow row = live(questionId);
        access.requireManage(row.programId(), caller);
        Question q = newest(row).body();
        io.micronaut.json.tree.JsonNode answer = request.answer() == null ? null : io.micronaut.json.tree.JsonNode.from(request.answer());
        Scoring.Score score = Scoring.score(q, AttemptAnswers.response(AttemptAnswers.asAuthored(q), q, answer));
        return new BankViews.Checked(score.fraction(), score.state().name().toLowerCase(java.util.Locale.ROOT), score.feedback());
    }

    @Transactional
    BankViews.QuestionView create(long programId, BankViews.QuestionRequest request, Caller caller) {
        access.requireManage(programId, caller);
        long categoryId = categories.inProgram(Objects.requireNonNull(request.categoryId()), programId).requireId();
        Question question = QuestionInput.question(request);
        return view(add(programId, categoryId, question, caller.id()), null);
    }

    /** Adds a checked question (from the editor or an import) as version 1. */
    QuestionRow add(long programId, long categoryId, Question question, long author) {
        Instant now = clock.instant();
        QuestionRow row = questions.save(new QuestionRow(null, programId, categoryId, question.type().code(), question.name(),
                String.join("\n", question.tags()), 1, false, null, author, now, now, null));
        versions.save(new QuestionVersionRow(null, row.requireId(), 1, question, author, now));
        return row;
    }

    @Transactional
    BankViews.QuestionView update(long questionId, BankViews.QuestionRequest request, Caller caller) {
        QuestionRow row = live(questionId);
        access.requireManage(row.programId(), caller);
        if (request.version() == null) {
            throw ApiException.invalidField("version", "required");
        }
        long categoryId = categories.inProgram(Objects.requireNonNull(request.categoryId()), row.programId()).requireId();
        Question question = QuestionInput.question(request);
        if (!question.type().code().equals(row.type()) && row.answered()) {
            throw ApiException.invalidField("type", "type_fixed_once_answered");
        }
        Instant now = clock.instant();
        int number = row.answered() ? row.versionNumber() + 1 : row.versionNumber();
        QuestionRow saved;
        try {
            saved = questions.update(new QuestionRow(row.id(), row.programId(), categoryId, question.type().code(), question.name(),
                    String.join("\n", question.tags()), number, false, null, row.createdBy(), row.createdAt(), now,
                    request.version()));
        } catch (OptimisticLockException stale) {
            throw ApiException.conflict("stale_version", "version");
        }
        if (row.answered()) {
            versions.save(new QuestionVersionRow(null, questionId, number, question, caller.id(), now));
        } else {
            QuestionVersionRow current = newest(row);
            versions.update(new QuestionVersionRow(current.id(), questionId, number, question, caller.id(), now));
        }
        audit.record("question.saved", caller.id(), "program", row.programId(), null, "question=" + questionId + " version=" + number);
        return view(saved, null);
    }

    @Transactional
    void delete(long questionId, Caller caller) {
        QuestionRow row = live(questionId);
        access.requireManage(row.programId(), caller);
        questions.update(new QuestionRow(row.id(), row.programId(), row.categoryId(), row.type(), row.name(), row.tags(),
                row.versionNumber(), row.answered(), clock.instant(), row.createdBy(), row.createdAt(), clock.instant(), row.version()));
        audit.record("question.deleted", caller.id(), "program", row.programId(), null, "question=" + questionId);
    }

    /** The newest version of every live question of the bank (in a category and those below it, or all), with its category path. */
    List<Question> newestOf(long programId, @Nullable Long categoryId, Caller caller) {
        access.requireManage(programId, caller);
        Set<Long> inCategories = categoryId == null ? null : categories.withDescendants(programId, categoryId);
        Categories.Tree tree = categories.tree(programId);
        List<QuestionRow> rows = questions.findLiveByProgram(programId).stream()
                .filter(row -> inCategories == null || inCategories.contains(row.categoryId())).toList();
Map<Long, Question> newest = newest(rows.stream().map(QuestionRow::requireId).toList());
        return rows.stream().map(row -> withCategory(newest.get(row.requireId()), tree.path(row.categoryId()))).toList();
    }

    /** The newest version's content of each of these questions, by question id, in one query. */
    Map<Long, Question> newest(java.util.Collection<Long> questionIds) {
        return questionIds.isEmpty() ? Map.of() : versions.findNewest(questionIds).stream()
                .collect(java.util.stream.Collectors.toMap(QuestionVersionRow::questionId, QuestionVersionRow::body));
    }

    private static Question withCategory(Question q, List<String> category) {
        return new Question(q.type(), category, q.name(), q.text(), q.feedback(), q.mark(), q.penalty(), q.shuffle(),
                q.caseSensitive(), q.choices(), q.numbers(), q.pairs(), q.tags());
    }

    private QuestionRow live(long questionId) {
        return questions.findById(questionId).filter(q -> q.deletedAt() == null).orElseThrow(ApiException::notFound);
    }

    private QuestionVersionRow newest(QuestionRow row) {
        return versions.findByQuestionIdAndNumber(row.requireId(), row.versionNumber())
                .orElseThrow(() -> new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "question_version_missing"));
    }

    private BankViews.QuestionView view(QuestionRow row, @Nullable QuestionVersionRow version) {
        Question q = (version == null ? newest(row) : version).body();
        return new BankViews.QuestionView(row.requireId(), row.programId(), row.categoryId(),
                categories.tree(row.programId()).path(row.categoryId()), q.type().code(), q.name(), q.text(), q.feedback(),
                q.mark(), q.penalty(), q.shuffle(), q.caseSensitive(), q.choices(), q.numbers(), q.pairs(), q.tags(),
                row.versionNumber(), row.version() == null ? 0 : row.version(), row.answered(), row.createdAt(), row.updatedAt());
    }

    static List<String> tags(String stored) {
        return stored.isEmpty() ? List.of() : Arrays.stream(stored.split("\n")).toList();
    }
}
