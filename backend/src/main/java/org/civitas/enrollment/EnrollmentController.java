package org.civitas.enrollment;

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
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

import java.net.URI;
import java.util.List;

/** Questionnaires, applications and admission decisions. */
@Controller
@Tag(name = "enrollment")
class EnrollmentController {
    private final Applications applications;

    EnrollmentController(Applications applications) {
        this.applications = applications;
    }

    @Get("/api/programs/{programId}/questionnaire")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The program's own questions, asked beside the standard profile")
    Views.QuestionnaireView questionnaire(long programId, Caller caller) {
        return applications.questionnaire(programId, caller);
    }

    @Put("/api/programs/{programId}/questionnaire")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Replaces the program's questions; the body carries the version it was read at")
    Views.QuestionnaireView saveQuestionnaire(long programId, Caller caller, @Valid @Body Requests.SaveQuestionnaire body) {
        return applications.saveQuestionnaire(programId, body, caller);
    }

    @Get("/api/me/application-profile")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The profile to prefill an application with: from the last application, else from the account")
    Profile applicationProfile(Caller caller) {
        return applications.profileFor(caller);
    }

    @Post("/api/programs/{programId}/applications")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Applies to a published program while its enrollment window is open; once per program")
    @ApiResponse(responseCode = "201", description = "The application, with Location", content = @Content(schema = @Schema(implementation = Views.ApplicationView.class)))
    HttpResponse<Views.ApplicationView> apply(long programId, Caller caller, @Valid @Body Requests.Apply body) {
        Views.ApplicationView created = applications.apply(programId, body, caller);
        return HttpResponse.created(created, URI.create("/api/applications/" + created.id()));
    }

    @Get("/api/programs/{programId}/applications")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The program's applications, filtered by status, region, organization and category, a page at a time")
    PageView<Views.ApplicationView> applications(long programId, Caller caller,
                                                 @QueryValue @Nullable String status,
                                                 @QueryValue @Nullable @Size(max = 100) String region,
                                                 @QueryValue @Nullable @Size(max = 300) String organization,
                                                 @QueryValue @Nullable @Size(max = 100) String category,
                                                 @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                                 @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        ApplicationStatus parsed = status == null || status.isBlank() ? null
                : ApplicationStatus.parse(status).orElseThrow(() -> ApiException.invalidField("status", "invalid"));
        return applications.applications(programId, parsed, region, organization, category, page, size, caller);
    }

    @Post("/api/programs/{programId}/applications/decisions")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Admits, rejects or waitlists applications, all or none; admissions past the capacity are refused")
    Views.Decided decide(long programId, Caller caller, @Valid @Body Requests.Decide body) {
        return applications.decide(programId, body, caller);
    }

    @Get("/api/applications/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One application: its applicant's, or for the program's administrators and trainers")
    Views.ApplicationView application(long id, Caller caller) {
        return applications.application(id, caller);
    }

    @Post("/api/applications/{id}/withdraw")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The applicant withdraws their application")
    Views.ApplicationView withdraw(long id, Caller caller) {
        return applications.withdraw(id, caller);
    }

    @Get("/api/me/programs")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The programs the signed-in user applied to, with each application's status")
    List<Views.MyProgram> myPrograms(Caller caller) {
        return applications.myPrograms(caller);
    }
}
