package org.civitas.catalog;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ProblemResponses;
import org.civitas.platform.web.Downloads;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Materials of a program and its modules: documents and links. */
@Controller("/api")
@Tag(name = "catalog")
class MaterialsController {
    private final Materials materials;
    private final ProblemResponses problems;

    MaterialsController(Materials materials, ProblemResponses problems) {
        this.materials = materials;
        this.problems = problems;
    }

    @Get("/programs/{programId}/materials")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "The program's materials the caller may see, program-wide first, then by module and position")
    List<MaterialView> list(long programId, @Nullable Caller caller) {
        return materials.list(programId, caller);
    }

    @Post(value = "/programs/{programId}/materials", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Uploads a document (PDF, DOCX, PPTX, XLSX, PNG, JPEG) with the parts title, visibility "
            + "(public|participants), optional moduleId, then file; send the fields before the file so it streams straight "
            + "to storage. 413 file_too_large past civitas.materials.max-document-size, 415 file_type_not_allowed when the "
            + "content does not match an allowed type and its extension")
    @ApiResponse(responseCode = "201", description = "The new material, with Location", content = @Content(schema = @Schema(implementation = MaterialView.class)))
    HttpResponse<MaterialView> upload(long programId, Caller caller,
                                      @Part("title") @Nullable String title,
                                      @Part("moduleId") @Nullable String moduleId,
                                      @Part("visibility") @Nullable String visibility,
                                      // bound by its name; @Part on a StreamingFileUpload would hand over a Publisher
                                      StreamingFileUpload file) {
        MaterialView created = materials.upload(programId, caller, title, moduleId, visibility, file);
        return HttpResponse.created(created, URI.create("/api/programs/" + programId + "/materials/" + created.id()));
    }

    /**
     * When an optional field (moduleId) is left out, Micronaut cannot call {@link #upload} before
     * the whole body has arrived (it spills to a temporary file), so its own size limit, set just
     * above ours by UploadLimits, is what stops an oversized file: answer as our counting would.
     */
    @Error(exception = ContentLengthExceededException.class)
    HttpResponse<?> tooLarge(HttpRequest<?> request, ContentLengthExceededException e) {
        return problems.of(request, materials.fileTooLarge());
    }

    @Post("/programs/{programId}/materials/links")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Adds a link (http or https) to the program or one of its modules")
    @ApiResponse(responseCode = "201", description = "The new link, with Location", content = @Content(schema = @Schema(implementation = MaterialView.class)))
    HttpResponse<MaterialView> addLink(long programId, Caller caller, @Valid @Body MaterialLinkRequest body) {
        MaterialView created = materials.addLink(programId, body, caller);
        return HttpResponse.created(created, URI.create("/api/programs/" + programId + "/materials/" + created.id()));
    }

    @Put("/programs/{programId}/materials/order")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Puts the materials in the given order (every material id of the program, once)")
    List<MaterialView> reorder(long programId, Caller caller, @Valid @Body MaterialOrderRequest body) {
        return materials.reorder(programId, Objects.requireNonNull(body.materialIds()), caller);
    }

    @Delete("/programs/{programId}/materials/{materialId}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Removes a material and its stored file")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(long programId, long materialId, Caller caller) {
        materials.delete(programId, materialId, caller);
        return HttpResponse.noContent();
    }

    @Get("/materials/{materialId}/file")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Downloads a document, always as an attachment with the type detected at upload; "
            + "404 for whoever may not read it")
    @ApiResponse(responseCode = "200", description = "The file, with the type detected at upload",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "206", description = "The part of the file the Range header asked for",
            content = @Content(mediaType = "*/*", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<?> download(HttpRequest<?> request, long materialId, @Nullable Caller caller) {
        Materials.Download download = materials.download(materialId, caller);
        return Downloads.of(request, download.content(), MediaType.of(download.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(download.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
    }

    /** {@code attachment} with an ASCII fallback name and the exact name in RFC 5987 form, Cyrillic included. */
    static String contentDisposition(String fileName) {
        StringBuilder ascii = new StringBuilder();
        StringBuilder encoded = new StringBuilder();
        for (char c : fileName.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "!#$&+-.^_`|~".indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format("%02X", c));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
