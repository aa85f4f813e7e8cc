package org.civitas.assessment;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** A program's question bank: categories, questions, GIFT and Moodle XML in and out. */
@Controller("/api")
@Tag(name = "assessment")
@Secured({Role.Names.ADMIN, Role.Names.TRAINER})
class BankController {
    private final Categories categories;
    private final Questions questions;
    private final QuestionImports imports;

    BankController(Categories categories, Questions questions, QuestionImports imports) {
        this.categories = categories;
        this.questions = questions;
        this.imports = imports;
    }

    @Get("/programs/{id}/question-categories")
    @Operation(summary = "The bank's categories in tree order (depth first), each with its path and how many questions it holds")
    List<BankViews.CategoryView> categories(long id, Caller caller) {
        return categories.list(id, caller);
    }

    @Post("/programs/{id}/question-categories")
    @Operation(summary = "Adds a category (under parentId, or at the root); 409 category_exists for a sibling of the same name")
    @ApiResponse(responseCode = "201", description = "The category", content = @Content(schema = @Schema(implementation = BankViews.CategoryView.class)))
    HttpResponse<BankViews.CategoryView> addCategory(long id, Caller caller, @Valid @Body BankViews.CategoryRequest body) {
        BankViews.CategoryView created = categories.create(id, body, caller);
        return HttpResponse.created(created, URI.create("/api/question-categories/" + created.id()));
    }

    @Put("/question-categories/{categoryId}")
    @Operation(summary = "Renames or moves a category; 400 category_cycle when moved under itself")
    BankViews.CategoryView saveCategory(long categoryId, Caller caller, @Valid @Body BankViews.CategoryRequest body) {
        return categories.update(categoryId, body, caller);
    }

    @Delete("/question-categories/{categoryId}")
    @Operation(summary = "Removes an empty category; 409 category_not_empty")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> deleteCategory(long categoryId, Caller caller) {
        categories.delete(categoryId, caller);
        return HttpResponse.noContent();
    }

    @Get("/programs/{id}/questions")
    @Operation(summary = "The bank's questions by name: in a category (and those below it unless subcategories=false), by type, "
            + "or matching q in the name or tags")
    PageView<BankViews.QuestionSummary> list(long id, Caller caller, @QueryValue @Nullable Long categoryId,
                                             @QueryValue(defaultValue = "true") boolean subcategories,
                                             @QueryValue @Nullable @Pattern(regexp = BankViews.TYPES) String type,
                                             @QueryValue @Nullable @Size(max = 200) String q,
                                             @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                             @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return questions.search(id, categoryId, subcategories, type, q, page, size, caller);
    }

    @Post("/programs/{id}/questions")
    @Operation(summary = "Adds a question; 400 question_invalid says what Moodle would refuse too")
    @ApiResponse(responseCode = "201", description = "The question", content = @Content(schema = @Schema(implementation = BankViews.QuestionView.class)))
    HttpResponse<BankViews.QuestionView> add(long id, Caller caller, @Valid @Body BankViews.QuestionRequest body) {
        BankViews.QuestionView created = questions.create(id, body, caller);
        return HttpResponse.created(created, URI.create("/api/questions/" + created.id()));
    }

    @Get("/questions/{questionId}")
    @Operation(summary = "A question's newest version")
    BankViews.QuestionView get(long questionId, Caller caller) {
        return questions.get(questionId, caller);
    }

    @Put("/questions/{questionId}")
    @Operation(summary = "Saves a question (with version; 409 stale_version). Once answered, saving makes a new version and past "
            + "attempts keep theirs")
    BankViews.QuestionView save(long questionId, Caller caller, @Valid @Body BankViews.QuestionRequest body) {
        return questions.update(questionId, body, caller);
    }

    @Post("/questions/{questionId}/check")
    @Operation(summary = "Scores a trial answer in the question's own terms (choice indexes; matching: pair index → pair index) "
            + "for the editor's preview; 400 answer_invalid")
    BankViews.Checked check(long questionId, Caller caller, @Valid @Body BankViews.Check body) {
        return questions.check(questionId, body, caller);
    }

    @Delete("/questions/{questionId}")
    @Operation(summary = "Takes a question out of the bank; attempts that used it keep their version")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(long questionId, Caller caller) {
        questions.delete(questionId, caller);
        return HttpResponse.noContent();
    }

    @Get("/programs/{id}/questions/export")
    @Operation(summary = "The bank (or one category and those below it) as GIFT or Moodle XML, to take to Moodle or back here")
    @ApiResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/plain", schema = @Schema(type = "string")),
            @Content(mediaType = "application/xml", schema = @Schema(type = "string"))})
    HttpResponse<byte[]> export(long id, Caller caller, @QueryValue @Pattern(regexp = "gift|moodle-xml") String format,
                                @QueryValue @Nullable Long category) {
        List<Question> bank = questions.newestOf(id, category, caller);
        boolean gift = format.equals("gift");
        byte[] bytes;
        if (gift) {
            bytes = GiftFormat.write(bank).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MoodleXmlFormat.write(bank, out);
            bytes = out.toByteArray();
        }
        return HttpResponse.ok(bytes)
                .contentType(gift ? MediaType.of("text/plain;charset=utf-8") : MediaType.of("application/xml;charset=utf-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"questions-" + id + (gift ? ".gift.txt" : ".xml") + "\"");
    }

    @Post(value = "/programs/{id}/question-imports", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Reads a GIFT or Moodle XML file (part 'file'; the format is recognized by content) into a preview: the "
            + "questions, their counts by type, unsupported ones by name and type, problems by line. Nothing is saved until "
            + "confirmed. Part 'categoryId' puts the file's categories under that one. 400 question_file_not_recognized, 413")
    @ApiResponse(responseCode = "201", description = "The preview", content = @Content(schema = @Schema(implementation = BankViews.ImportView.class)))
    HttpResponse<BankViews.ImportView> importFile(long id, Caller caller, StreamingFileUpload file, @Part @Nullable Long categoryId) {
        BankViews.ImportView preview;
        try {
            preview = imports.preview(id, file.getFilename(), file.asInputStream(), categoryId, caller);
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        return HttpResponse.created(preview, URI.create("/api/question-imports/" + preview.id()));
    }

    @Get("/question-imports/{importId}")
    @Operation(summary = "An import's preview, or its result once confirmed")
    BankViews.ImportView getImport(long importId, Caller caller) {
        return imports.get(importId, caller);
    }

    @Post("/question-imports/{importId}/confirm")
    @Operation(summary = "Puts the previewed questions into the bank, making the categories the file names; 409 import_already_applied")
    BankViews.ImportView confirm(long importId, Caller caller) {
        return imports.confirm(importId, caller);
    }
}
