package org.civitas.assessment;

import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.FileNames;
import org.civitas.platform.storage.LimitedInputStream;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trainer brings a GIFT or Moodle XML file (recognized by its content, not its name). The
 * preview lists every question read, every unsupported one by name and type, and every problem by
 * line; nothing reaches the bank until the trainer confirms, and a confirmation counts once.
 */
@Singleton
class QuestionImports {
    static final String GIFT = "gift";
    static final String MOODLE_XML = "moodle_xml";
    private final QuestionImportRepository imports;
    private final Questions questions;
    private final Categories categories;
    private final ProgramAccess access;
    private final AssessmentSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    QuestionImports(QuestionImportRepository imports, Questions questions, Categories categories, ProgramAccess access,
                    AssessmentSettings settings, AuditLog audit, Clock clock) {
        this.imports = imports;
        this.questions = questions;
        this.categories = categories;
        this.access = access;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What a file held, as kept between preview and confirmation. */
    @Serdeable
    record ParsedFile(List<Entry> questions, List<BankViews.Unsupported> unsupported, List<BankViews.Problem> problems) {
    }

    @Serdeable
    record Entry(int line, int position, Question question) {
    }

    BankViews.ImportView preview(long programId, @Nullable String clientFileName, InputStream content, @Nullable Long targetCategoryId,
                                 Caller caller) {
        access.requireManage(programId, caller);
        if (targetCategoryId != null) {
            categories.inProgram(targetCategoryId, programId);
        }
        String fileName = FileNames.clean(clientFileName);
        byte[] bytes;
        try (InputStream in = new LimitedInputStream(content, settings.maxImportSize(), this::tooLarge)) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean xml = looksLikeXml(bytes);
        ParsedBank bank = xml ? MoodleXmlFormat.read(new ByteArrayInputStream(bytes)) : GiftFormat.read(text(bytes));
        if (bank.questions().isEmpty() && bank.problems().isEmpty()) {
            throw ApiException.invalidField("file", "question_file_not_recognized");
        }
        ParsedFile parsed = new ParsedFile(
                bank.questions().stream().map(p -> new Entry(p.line(), p.position(), p.question())).toList(),
                bank.problems().stream().filter(p -> ParsedBank.Problem.UNSUPPORTED_TYPE.equals(p.code()))
                        .map(p -> new BankViews.Unsupported(p.type() == null ? "unknown" : p.type(), p.name() == null ? "" : p.name(),
                                p.line(), p.position())).toList(),
                bank.problems().stream().filter(p -> !ParsedBank.Problem.UNSUPPORTED_TYPE.equals(p.code()))
                        .map(p -> new BankViews.Problem(p.line(), p.position(), p.code(), p.message())).toList());
        QuestionImportRow saved = imports.save(new QuestionImportRow(null, programId, targetCategoryId, fileName, xml ? MOODLE_XML : GIFT,
                parsed, null, caller.id(), clock.instant(), null, null));
        return view(saved);
    }

    BankViews.ImportView get(long importId, Caller caller) {
        QuestionImportRow row = imports.findById(importId).orElseThrow(ApiException::notFound);
        access.requireManage(row.programId(), caller);
        return view(row);
    }

    /** Puts every question read into the bank, in the categories the file named (made where missing), once. */
    @Transactional
    BankViews.ImportView confirm(long importId, Caller caller) {
        QuestionImportRow row = imports.lock(importId).orElseThrow(ApiException::notFound);
        access.requireManage(row.programId(), caller);
        if (row.confirmedAt() != null) {
            throw new ApiException(HttpStatus.CONFLICT, "import_already_applied");
        }
        Categories.Paths paths = categories.paths(row.programId());
        for (Entry entry : row.parsed().questions()) {
            Question question = entry.question();
            questions.add(row.programId(), paths.at(row.targetCategoryId(), question.category()), cleaned(question), caller.id());
        }
        Instant now = clock.instant();
        QuestionImportRow confirmed = imports.update(new QuestionImportRow(row.id(), row.programId(), row.targetCategoryId(),
                row.fileName(), row.format(), row.parsed(), row.parsed().questions().size(), row.createdBy(), row.createdAt(), now,
                row.version()));
        audit.record("questions.imported", caller.id(), "program", row.programId(), null,
                "import=" + importId + " questions=" + row.parsed().questions().size() + " format=" + row.format());
        return view(confirmed);
    }

    /** Files from elsewhere carry any HTML: what the bank keeps is cleaned like the editor's. */
    private static Question cleaned(Question q) {
        boolean htmlChoices = q.type() == QuestionType.SINGLE_CHOICE || q.type() == QuestionType.MULTIPLE_CHOICE;
        return new Question(q.type(), List.of(), q.name(), QuestionHtml.clean(q.text()), QuestionHtml.cleanOrNull(q.feedback()),
                q.mark(), q.penalty(), q.shuffle(), q.caseSensitive(),
                q.choices().stream().map(c -> new Question.Choice(htmlChoices ? QuestionHtml.clean(c.text()) : c.text(), c.fraction(),
                        QuestionHtml.cleanOrNull(c.feedback()))).toList(),
                q.numbers().stream().map(n -> new Question.NumberAnswer(n.value(), n.tolerance(), n.fraction(),
                        QuestionHtml.cleanOrNull(n.feedback()))).toList(),
                q.pairs().stream().map(p -> new Question.Pair(QuestionHtml.clean(p.prompt()), p.answer())).toList(), q.tags());
    }

    private static BankViews.ImportView view(QuestionImportRow row) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (QuestionType type : QuestionType.values()) {
            counts.put(type.code(), (int) row.parsed().questions().stream().filter(e -> e.question().type() == type).count());
        }
        List<BankViews.ImportedQuestion> listed = row.parsed().questions().stream()
                .map(e -> new BankViews.ImportedQuestion(e.line(), e.position(), e.question().type().code(), e.question().category(),
                        e.question().name())).toList();
        return new BankViews.ImportView(row.id() == null ? 0 : row.id(), row.fileName(), row.format(),
                row.confirmedAt() == null ? "preview" : "confirmed", listed, counts, row.parsed().unsupported(),
                row.parsed().problems(), row.createdCount());
    }

    /** Moodle XML begins with {@code <} once a byte-order mark and blank space are skipped. */
    static boolean looksLikeXml(byte[] bytes) {
        int i = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < bytes.length && Character.isWhitespace(bytes[i])) {
            i++;
        }
        return i < bytes.length && bytes[i] == '<';
    }

    /** GIFT is UTF-8 as Moodle writes it; a file that is not (saved from an old Windows editor) is read as Windows-1251. */
    static String text(byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("windows-1251"));
        }
    }

    private ApiException tooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large", List.of(new ApiException.FieldError(
                "file", "file_too_large", Math.max(1, settings.maxImportSize() / (1024 * 1024)))), Map.of());
    }
}
