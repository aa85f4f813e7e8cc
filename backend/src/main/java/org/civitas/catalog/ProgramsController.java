package org.civitas.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.Objects;

@Controller("/api/programs")
@Tag(name = "catalog")
class ProgramsController {
    private final Programs programs;

    ProgramsController(Programs programs) {
        this.programs = programs;
    }

    @Get
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Published programs for everyone; with scope=managed, the programs the caller administers or trains (any status)")
    PageView<ProgramSummaryView> list(@Nullable Caller caller,
                                      @QueryValue @Nullable @Pattern(regexp = "managed") String scope,
                                      @QueryValue @Nullable @Size(max = 200) String q,
                                      @QueryValue @Nullable @Pattern(regexp = "general|special") String programType,
                                      @QueryValue @Nullable @Pattern(regexp = "uk|en") String language,
                                      @QueryValue @Nullable String status,
                                      @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                      @QueryValue(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (scope == null) {
            return programs.published(q, programType, language, page, size);
        }
        if (caller == null) {
            throw new ApiException(io.micronaut.http.HttpStatus.UNAUTHORIZED, "authentication_required");
        }
        ProgramStatus parsed = status == null || status.isBlank() ? null
                : ProgramStatus.parse(status).orElseThrow(() -> ApiException.invalidField("status", "invalid"));
        return programs.managed(caller, parsed, q, page, size);
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A program with its modules; drafts and archived programs only for their administrators and trainers")
    ProgramView program(long id, @Nullable Caller caller) {
        return programs.program(id, caller);
    }

    @Post
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Creates a draft program")
    @ApiResponse(responseCode = "201", description = "The new draft, with Location", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    HttpResponse<ProgramView> create(Caller caller, @Valid @Body ProgramRequest body) {
        ProgramView created = programs.create(body, caller);
        return HttpResponse.created(created, URI.create("/api/programs/" + created.id()));
    }

    @Put("/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Saves a program; the body carries the version it was read at, and a newer save by someone else answers 409 stale_version")
    ProgramView update(long id, Caller caller, @Valid @Body ProgramRequest body) {
        return programs.update(id, body, caller);
    }

    @Post("/{id}/publish")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Puts the program in the catalog; 409 program_incomplete names what is missing")
    ProgramView publish(long id, Caller caller) {
        return programs.changeStatus(id, ProgramStatus.PUBLISHED, caller);
    }

    @Post("/{id}/unpublish")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Takes the program out of the catalog, back to draft")
    ProgramView unpublish(long id, Caller caller) {
        return programs.changeStatus(id, ProgramStatus.DRAFT, caller);
    }

    @Post("/{id}/archive")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Archives the program: kept, no longer offered")
    ProgramView archive(long id, Caller caller) {
        return programs.changeStatus(id, ProgramStatus.ARCHIVED, caller);
    }

    @Put("/{id}/trainers")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Replaces the program's trainers (users holding the trainer role)")
    ProgramView trainers(long id, Caller caller, @Valid @Body TrainersRequest body) {
        return programs.assignTrainers(id, Objects.requireNonNull(body.trainerIds()), caller);
    }
}
