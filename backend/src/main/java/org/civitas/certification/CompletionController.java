package org.civitas.certification;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.PageView;

/** Completion rules and each learner's progress toward the certificate. */
@Controller("/api")
@Tag(name = "certification")
class CompletionController {
    private final Completion completion;
    private final Certificates certificates;

    CompletionController(Completion completion, Certificates certificates) {
        this.completion = completion;
        this.certificates = certificates;
    }

    @Get("/programs/{id}/completion-rules")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The program's completion rules; version null while none are saved (nothing is issued automatically then)")
    CompletionRules rules(long id, Caller caller) {
        return completion.rules(id, caller);
    }

    @Put("/programs/{id}/completion-rules")
    @Secured(Role.Names.ADMIN)
    @Operation(summary = "Saves the completion rules with the version they were read at (null the first time); 409 stale_version, "
            + "400 not_a_module_test_of_program on requiredQuizIds, too_small / too_large on attendanceMinimum")
    CompletionRules saveRules(long id, Caller caller, @Valid @Body CompletionRules body) {
        return completion.save(id, body, caller);
    }

    @Get("/me/programs/{id}/progress")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The caller's progress in a program they were admitted to: each requirement, whether all are met, and their "
            + "certificate. 403 not_a_participant")
    Progress myProgress(long id, Caller caller) {
        return certificates.myProgress(id, caller);
    }

    @Get("/programs/{id}/progress")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Every admitted learner's progress and certificate, a page at a time")
    PageView<Progress> progress(long id, Caller caller, @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @QueryValue(defaultValue = "50") @Min(1) @Max(500) int size) {
        return certificates.progressOfProgram(id, page, size, caller);
    }
}
