package org.civitas.enrollment;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.civitas.identity.Caller;
import org.civitas.identity.PasswordLink;
import org.civitas.identity.Role;
import org.civitas.platform.errors.Messages;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.List;

@Controller
@Tag(name = "enrollment")
@Secured(Role.Names.ADMIN)
class ParticipantImportsController {
    private final ParticipantImports imports;
    private final Messages messages;

    ParticipantImportsController(ParticipantImports imports, Messages messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @Post(value = "/api/programs/{programId}/participant-imports", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Uploads a participant list (CSV or XLSX, part 'file') and answers with its preview: every row "
            + "with its line number and problems, and what importing would do. Nothing is applied until confirmed. "
            + "Columns are found by their headings (email and surname + given name, or a full name, are required). "
            + "413 file_too_large past civitas.participant-imports.max-file-size, 415 table_type_not_allowed, "
            + "400 participant_columns_missing, too_many_rows, table_malformed")
    @ApiResponse(responseCode = "201", description = "The preview, with Location", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class)))
    HttpResponse<ImportViews.ImportView> upload(long programId, HttpRequest<?> request, Caller caller,
                                                StreamingFileUpload file) {
        ImportViews.ImportView preview;
        try {
            preview = imports.preview(programId, file.getFilename(), file.asInputStream(), caller, messages.localeOf(request));
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        return HttpResponse.created(preview, URI.create("/api/participant-imports/" + preview.id()));
    }

    @Get("/api/programs/{programId}/participant-imports")
    @Operation(summary = "The program's participant imports, newest first, without their rows")
    PageView<ImportViews.ImportView> list(long programId, HttpRequest<?> request, Caller caller,
                                          @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                          @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        return imports.list(programId, page, size, caller, messages.localeOf(request));
    }

    @Get("/api/participant-imports/{id}")
    @Operation(summary = "An import with its rows, or with rows=false just its status, counts and progress (for polling)")
    ImportViews.ImportView get(long id, HttpRequest<?> request, Caller caller,
                               @QueryValue(defaultValue = "true") boolean rows) {
        return imports.get(id, caller, messages.localeOf(request), rows);
    }

    @Post("/api/participant-imports/{id}/confirm")
    @Operation(summary = "Applies a previewed import in the background and answers 202 at once; poll GET for the "
            + "progress. Every good row is admitted (new emails get accounts without a password), all or none: "
            + "409 capacity_exceeded names the places left. Rows with problems are never applied, and while there are "
            + "any, skipInvalid must be true (409 import_has_invalid_rows). Rows matching an account whose email was "
            + "never proven need unverifiedAccounts = admit or skip (409 import_has_unverified_accounts). A confirmation "
            + "of an import that failed part-way goes on after the rows already applied")
    @ApiResponse(responseCode = "202", description = "Applying has started; the import with its progress", content = @Content(schema = @Schema(implementation = ImportViews.ImportView.class)))
    HttpResponse<ImportViews.ImportView> confirm(long id, HttpRequest<?> request, Caller caller,
                                                 @Valid @Body ImportViews.@Nullable Confirm body) {
        ImportViews.Confirm decision = body == null ? new ImportViews.Confirm(false, null) : body;
        return HttpResponse.<ImportViews.ImportView>status(HttpStatus.ACCEPTED)
                .body(imports.confirm(id, decision, caller, messages.localeOf(request)));
    }

    @Post("/api/participant-imports/{id}/password-links")
    @Operation(summary = "New one-time links to set a password for the accounts the import created whose owners have "
            + "not set one yet; each replaces the link handed out before")
    List<PasswordLink> passwordLinks(long id, Caller caller) {
        return imports.passwordLinks(id, caller);
    }
}
