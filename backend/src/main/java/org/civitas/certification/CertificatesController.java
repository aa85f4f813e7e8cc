package org.civitas.certification;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.Downloads;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.io.OutputStream;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/** Certificates: the learner's own, a program's for its staff, issuing, revoking, the design and the files. */
@Controller("/api")
@Tag(name = "certification")
class CertificatesController {
    private static final String PDF = "application/pdf";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Certificates certificates;
    private final Designs designs;
    private final Issuing issuing;

    CertificatesController(Certificates certificates, Designs designs, Issuing issuing) {
        this.certificates = certificates;
        this.designs = designs;
        this.issuing = issuing;
    }

    @Serdeable
    record ManualIssue(@NotNull @Nullable Long userId, @NotBlank @Size(max = 1000) @Nullable String reason) {
    }

    @Serdeable
    record Reason(@NotBlank @Size(max = 1000) @Nullable String reason) {
    }

    @Serdeable
    record OptionalReason(@Size(max = 1000) @Nullable String reason) {
    }

    @Get("/me/certificates")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's certificates, newest first, whatever their status")
    List<CertificateView> mine(Caller caller) {
        return certificates.mine(caller);
    }

    @Get("/certificates/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A certificate, for its holder and the program's staff (404 to anyone else)")
    CertificateView one(long id, Caller caller) {
        return certificates.one(id, caller);
    }

    @Get("/certificates/{id}/pdf")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The certificate's PDF exactly as issued and signed, for its holder and the program's staff")
    @ApiResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> pdf(long id, Caller caller) {
        Certificates.Pdf pdf = certificates.pdf(id, caller);
        return Downloads.attachment(bytes(pdf.bytes()), PDF, pdf.fileName()).contentLength(pdf.bytes().length);
    }

    @Get("/programs/{id}/certificates")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The program's certificates of every status, by serial, a page at a time")
    PageView<CertificateView> ofProgram(long id, Caller caller, @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                        @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return certificates.ofProgram(id, page, size, caller);
    }

    @Post("/programs/{id}/certificates")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Issues a certificate by hand to an admitted learner, whatever the rules say, with the reason (an override); a "
            + "revoked certificate of theirs is set aside. 409 already_certified, 400 not_a_participant on userId")
    @ApiResponse(responseCode = "201", description = "The certificate", content = @Content(schema = @Schema(implementation = CertificateView.class)))
    HttpResponse<CertificateView> issue(long id, Caller caller, @Valid @Body ManualIssue body) {
        CertificateView issued = certificates.issueManually(id, Objects.requireNonNull(body.userId()),
                Objects.requireNonNull(body.reason()).strip(), caller);
        return HttpResponse.created(issued, URI.create("/api/certificates/" + issued.id()));
    }

    @Post("/programs/{id}/certificates/bulk")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Issues certificates to every admitted learner who met the rules and holds none; answers the counts")
    Certificates.BulkResult bulk(long id, Caller caller) {
        return certificates.issueToAllComplete(id, caller);
    }

    @Post("/certificates/{id}/revoke")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Revokes a valid certificate with the reason, shown on its public page. 409 certificate_not_valid")
    CertificateView revoke(long id, Caller caller, @Valid @Body Reason body) {
        return certificates.revoke(id, Objects.requireNonNull(body.reason()).strip(), caller);
    }

    @Post("/certificates/{id}/reissue")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Replaces a valid certificate by a new one (new serial and code, today's name and program); the old one "
            + "turns replaced and points to the new. 409 certificate_not_valid")
    @ApiResponse(responseCode = "201", description = "The new certificate", content = @Content(schema = @Schema(implementation = CertificateView.class)))
    HttpResponse<CertificateView> reissue(long id, Caller caller, @Valid @Body OptionalReason body) {
        CertificateView issued = certificates.reissue(id, body.reason() == null || body.reason().isBlank() ? null : body.reason().strip(), caller);
        return HttpResponse.created(issued, URI.create("/api/certificates/" + issued.id()));
    }

    @Get("/programs/{id}/certificates.zip")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "The program's valid certificates as one ZIP of PDFs, streamed, with its exact Content-Length")
    @ApiResponse(responseCode = "200", description = "ZIP", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> archive(long id, Caller caller) {
        CertificateArchive archive = certificates.archive(id, caller);
        var response = Downloads.attachment(archive, "application/zip", "certificates-program-" + id + ".zip");
        long length = archive.length();
        if (length >= 0) {
            response.header(HttpHeaders.CONTENT_LENGTH, String.valueOf(length));
        }
        return response.header("X-Certificate-Count", String.valueOf(archive.count()));
    }

    @Get("/programs/{id}/certificate-registry.csv")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "The registry of the program's certificates as CSV (UTF-8 with BOM): serial, name, program, hours, ECTS, dates, status")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    HttpResponse<Writable> registryCsv(long id, Caller caller) {
        return Downloads.attachment(certificates.registry(id, false, caller), "text/csv; charset=utf-8", "certificate-registry-" + id + ".csv");
    }

    @Get("/programs/{id}/certificate-registry.xlsx")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "The registry of the program's certificates as XLSX")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> registryXlsx(long id, Caller caller) {
        return Downloads.attachment(certificates.registry(id, true, caller), XLSX, "certificate-registry-" + id + ".xlsx");
    }

    @Get("/programs/{id}/certificate-design")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The program's certificate design (the standard one while none is saved: version null) and the signing key in use")
    DesignForm design(long id, Caller caller) {
        return designs.form(id, caller);
    }

    @Put("/programs/{id}/certificate-design")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Saves the design with the version it was read at; certificates issued before keep theirs. 409 stale_version, "
            + "400 image_not_png_or_jpeg on a logo")
    DesignForm saveDesign(long id, Caller caller, @Body DesignForm body) {
        return designs.save(id, body, caller);
    }

    @Get("/programs/{id}/certificate-design/preview.pdf")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "A sample certificate of the program with its saved design (unsigned, nothing stored)")
    @ApiResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> preview(long id, Caller caller) {
        designs.form(id, caller);
        return inline(issuing.sample(id, designs.of(id)));
    }

    @Post("/programs/{id}/certificate-design/preview.pdf")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "A sample certificate with the design in the body, saved or not: the editor's live preview")
    @ApiResponse(responseCode = "200", description = "PDF", content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> previewDraft(long id, Caller caller, @Body DesignForm body) {
        designs.form(id, caller);
        return inline(issuing.sample(id, designs.checked(body.design())));
    }

    private static HttpResponse<Writable> inline(byte[] pdf) {
        return HttpResponse.ok(bytes(pdf)).contentType(MediaType.of(PDF)).contentLength(pdf.length)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"preview.pdf\"")
                .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    static Writable bytes(byte[] content) {
        return new Writable() {
            @Override
            public void writeTo(OutputStream out, Charset charset) throws java.io.IOException {
                out.write(content);
            }

            @Override
            public void writeTo(Writer out) {
                throw new UnsupportedOperationException("written as bytes");
            }
        };
    }
}
