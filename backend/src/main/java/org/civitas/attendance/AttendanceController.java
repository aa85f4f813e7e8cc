package org.civitas.attendance;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import io.micronaut.http.multipart.StreamingFileUpload;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.Downloads;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** Check-in, the register, its history and exports. */
@Controller("/api")
@Tag(name = "attendance")
class AttendanceController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Registers registers;
    private final RegisterExports exports;
    private final AttendanceImports imports;

    AttendanceController(Registers registers, RegisterExports exports, AttendanceImports imports) {
        this.registers = registers;
        this.exports = exports;
        this.imports = imports;
    }

    @Post(value = "/sessions/{id}/attendance-imports", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Uploads the session's meeting attendance report (Zoom participants CSV, any Teams attendance layout; "
            + "part 'file') and answers its preview: one entry per person with minutes, match and outcome (present at or past "
            + "the threshold, below_threshold, unmatched, ambiguous). Nothing is recorded until confirmed. 400 "
            + "meeting_report_not_recognized / meeting_report_empty, 413 file_too_large, 415 table_type_not_allowed")
    @ApiResponse(responseCode = "201", description = "The preview", content = @Content(schema = @Schema(implementation = AttendanceImports.ImportView.class)))
    HttpResponse<AttendanceImports.ImportView> importReport(long id, Caller caller, StreamingFileUpload file) {
        AttendanceImports.ImportView preview;
        try {
            preview = imports.preview(id, file.getFilename(), file.asInputStream(), caller);
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
        return HttpResponse.created(preview, URI.create("/api/attendance-imports/" + preview.id()));
    }

    @Post("/attendance-imports/{importId}/confirm")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Records the matched people of a previewed report (present or absent, with their minutes, source "
            + "imported_report); a status a person or a trainer set other than absent is kept. 409 import_already_applied")
    AttendanceImports.ImportView confirmImport(long importId, Caller caller) {
        return imports.confirm(importId, caller);
    }

    @Get("/sessions/{id}/check-in-code")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The session's current self check-in code (six digits, rotating every minute), its QR code as SVG, "
            + "when it rotates, and when check-in is open")
    Views.CheckInCode checkInCode(long id, Caller caller) {
        return registers.checkInCode(id, caller);
    }

    @Post("/sessions/{id}/check-in")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "An admitted (and, where the session needs it, registered) learner checks in with the code shown; "
            + "present, or late past the grace; twice is once. 400 check_in_code_invalid (also another session's or an old "
            + "code), 409 check_in_not_open / check_in_closed / session_cancelled, 403 not_a_participant / not_registered, 429")
    Views.Entry checkIn(long id, Caller caller, @Valid @Body Views.CheckIn body) {
        return registers.checkIn(id, Objects.requireNonNull(body.code()), caller);
    }

    @Get("/sessions/{id}/attendance")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The register: every admitted participant with their record (status null while nothing is recorded)")
    List<Views.Entry> register(long id, Caller caller) {
        return registers.register(id, caller);
    }

    @Put("/sessions/{id}/attendance/{userId}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Marks a participant present, late, excused or absent, with minutes and a note; the change is kept in the history")
    Views.Entry mark(long id, long userId, Caller caller, @Valid @Body Views.Mark body) {
        return registers.mark(id, userId, body, caller);
    }

    @Get("/sessions/{id}/attendance/history")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Every change of the session's register, newest first: who, when, from what to what, and how")
    List<Views.Change> history(long id, Caller caller) {
        return registers.history(id, caller);
    }

    @Get("/sessions/{id}/attendance.csv")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The register as CSV (UTF-8 with BOM; formulas neutralized)")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    HttpResponse<Writable> sessionCsv(long id, Caller caller) {
        return Downloads.attachment(exports.session(id, caller, false), "text/csv; charset=utf-8", "attendance-session-" + id + ".csv");
    }

    @Get("/sessions/{id}/attendance.xlsx")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The register as XLSX")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> sessionXlsx(long id, Caller caller) {
        return Downloads.attachment(exports.session(id, caller, true), XLSX, "attendance-session-" + id + ".xlsx");
    }

    @Get("/programs/{id}/attendance.csv")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Every session's register of the program as CSV: a row per participant and session")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    HttpResponse<Writable> programCsv(long id, Caller caller) {
        return Downloads.attachment(exports.program(id, caller, false), "text/csv; charset=utf-8", "attendance-program-" + id + ".csv");
    }

    @Get("/programs/{id}/attendance.xlsx")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Every session's register of the program as XLSX")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> programXlsx(long id, Caller caller) {
        return Downloads.attachment(exports.program(id, caller, true), XLSX, "attendance-program-" + id + ".xlsx");
    }
}
