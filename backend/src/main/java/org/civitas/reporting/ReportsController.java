package org.civitas.reporting;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.Downloads;
import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/** Reports: a program's dashboard and its files, and the figures across programs. */
@Controller("/api")
@Tag(name = "reporting")
class ReportsController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String BREAKDOWN = "funnel|region|organization|category|gender|module|session|quiz|certificate|participant|attendance";
    private final Reports reports;
    private final ReportExports exports;

    ReportsController(Reports reports, ReportExports exports) {
        this.reports = reports;
        this.exports = exports;
    }

    @Get("/programs/{id}/report")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The program's report for the people and period chosen: funnel, attendance per session and module, results "
            + "per test, certificates, breakdowns by region, organization, category and gender, and the filters' values. 400 "
            + "period_reversed when to is before from")
    ProgramReport report(long id, Caller caller, @QueryValue @Nullable @Size(max = 100) String region,
                         @QueryValue @Nullable @Size(max = 300) String organization, @QueryValue @Nullable @Size(max = 100) String category,
                         @QueryValue @Nullable @Size(max = 30) String gender, @QueryValue @Nullable LocalDate from,
                         @QueryValue @Nullable LocalDate to) {
        return reports.program(id, filters(region, organization, category, gender, from, to), caller);
    }

    @Get("/reports/programs")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Every program that is not a draft with its figures for the period, the total, the hours and ECTS delivered "
            + "(certified learners × the program's), and participants by oblast")
    ProgramReport.AcrossPrograms acrossPrograms(Caller caller, @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return reports.acrossPrograms(filters(null, null, null, null, from, to), caller);
    }

    @Get("/programs/{id}/report.csv")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "One table of the report as CSV (UTF-8 with BOM, formulas neutralized): the funnel, a breakdown, the modules, "
            + "sessions, tests or certificates, or, for the program's staff, the participants or every attendance record (streamed, any length)")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    HttpResponse<Writable> csv(long id, Caller caller, @QueryValue @Pattern(regexp = BREAKDOWN) String breakdown,
                               @QueryValue @Nullable @Size(max = 100) String region, @QueryValue @Nullable @Size(max = 300) String organization,
                               @QueryValue @Nullable @Size(max = 100) String category, @QueryValue @Nullable @Size(max = 30) String gender,
                               @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return Downloads.attachment(exports.table(id, breakdown, filters(region, organization, category, gender, from, to), false, caller),
                "text/csv; charset=utf-8", "report-" + id + "-" + breakdown + ".csv");
    }

    @Get("/programs/{id}/report.xlsx")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "One table of the report as XLSX (header row, column widths, frozen header, numbers as numbers)")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> xlsx(long id, Caller caller, @QueryValue @Pattern(regexp = BREAKDOWN) String breakdown,
                                @QueryValue @Nullable @Size(max = 100) String region, @QueryValue @Nullable @Size(max = 300) String organization,
                                @QueryValue @Nullable @Size(max = 100) String category, @QueryValue @Nullable @Size(max = 30) String gender,
                                @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return Downloads.attachment(exports.table(id, breakdown, filters(region, organization, category, gender, from, to), true, caller),
                XLSX, "report-" + id + "-" + breakdown + ".xlsx");
    }

    @Get("/programs/{id}/donor-report.xlsx")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The report for donors as one XLSX: the funnel, a sheet per breakdown, sessions, tests and certificates; "
            + "counts below civitas.reports.donor-minimum-cell show as \"< 5\", and no person is named")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> donorReport(long id, Caller caller, @QueryValue @Nullable @Size(max = 100) String region,
                                       @QueryValue @Nullable @Size(max = 300) String organization,
                                       @QueryValue @Nullable @Size(max = 100) String category, @QueryValue @Nullable @Size(max = 30) String gender,
                                       @QueryValue @Nullable LocalDate from, @QueryValue @Nullable LocalDate to) {
        return Downloads.attachment(exports.donorReport(id, filters(region, organization, category, gender, from, to), caller), XLSX,
                "donor-report-" + id + ".xlsx");
    }

    private static ReportFilters filters(@Nullable String region, @Nullable String organization, @Nullable String category,
                                         @Nullable String gender, @Nullable LocalDate from, @Nullable LocalDate to) {
        if (from != null && to != null && to.isBefore(from)) {
            throw ApiException.invalidField("to", "period_reversed");
        }
        return new ReportFilters(Reports.blankToNull(region), Reports.blankToNull(organization), Reports.blankToNull(category),
                Reports.blankToNull(gender), from, to);
    }
}
