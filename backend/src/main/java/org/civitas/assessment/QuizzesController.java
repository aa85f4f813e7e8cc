package org.civitas.assessment;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
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
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.web.Downloads;

import java.net.URI;
import java.util.List;

/** Quizzes and the attempts at them. */
@Controller("/api")
@Tag(name = "assessment")
class QuizzesController {
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final Quizzes quizzes;
    private final Attempts attempts;
    private final QuizResults results;

    QuizzesController(Quizzes quizzes, Attempts attempts, QuizResults results) {
        this.quizzes = quizzes;
        this.attempts = attempts;
        this.results = results;
    }

    @Get("/programs/{id}/quizzes")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The program's quizzes: all of them for its staff; the published ones, with the caller's standing, for "
            + "admitted participants (403 not_a_participant for others)")
    List<QuizViews.QuizSummary> list(long id, Caller caller) {
        return quizzes.list(id, caller);
    }

    @Post("/programs/{id}/quizzes")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Makes a quiz: a module's test (moduleId) or the final test (no module)")
    @ApiResponse(responseCode = "201", description = "The quiz", content = @Content(schema = @Schema(implementation = QuizViews.QuizView.class)))
    HttpResponse<QuizViews.QuizView> create(long id, Caller caller, @Valid @Body QuizViews.QuizRequest body) {
        QuizViews.QuizView created = quizzes.create(id, body, caller);
        return HttpResponse.created(created, URI.create("/api/quizzes/" + created.id()));
    }

    @Get("/quizzes/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A quiz: every setting for staff; for participants the published quiz and their standing, never its questions")
    QuizViews.QuizView get(long id, Caller caller) {
        return quizzes.get(id, caller);
    }

    @Put("/quizzes/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Saves a quiz's settings (with version; 409 stale_version); attempts already begun keep their questions")
    QuizViews.QuizView save(long id, Caller caller, @Valid @Body QuizViews.QuizRequest body) {
        return quizzes.update(id, body, caller);
    }

    @Delete("/quizzes/{id}")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Removes a quiz nobody has attempted; 409 quiz_has_attempts")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(long id, Caller caller) {
        quizzes.delete(id, caller);
        return HttpResponse.noContent();
    }

    @Post("/quizzes/{id}/attempts")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Starts an attempt (201), or resumes the one in progress (200), also when many starts arrive at once. "
            + "The questions come without any right answer or score. 409 quiz_not_open / no_attempts_left, 403 not_a_participant")
    @ApiResponse(responseCode = "201", description = "A new attempt", content = @Content(schema = @Schema(implementation = QuizViews.AttemptView.class)))
    @ApiResponse(responseCode = "200", description = "The attempt in progress", content = @Content(schema = @Schema(implementation = QuizViews.AttemptView.class)))
    HttpResponse<QuizViews.AttemptView> start(long id, Caller caller) {
        Attempts.Started started = attempts.start(id, caller);
        return started.created()
                ? HttpResponse.created(started.attempt(), URI.create("/api/attempts/" + started.attempt().id()))
                : HttpResponse.status(HttpStatus.OK).body(started.attempt());
    }

    @Get("/attempts/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "An attempt, for its learner (what the review policy allows once submitted) or the program's staff (everything)")
    QuizViews.AttemptView attempt(long id, Caller caller) {
        return attempts.get(id, caller);
    }

    @Put("/attempts/{id}/answers/{questionId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Saves one answer as it is given: the same clientSeq twice is one save, an older one arriving late changes "
            + "nothing (saved false). 409 attempt_closed / deadline_passed (past the deadline and its grace), 400 answer_invalid")
    QuizViews.AnswerSaved answer(long id, long questionId, Caller caller, @Valid @Body QuizViews.AnswerRequest body) {
        return attempts.save(id, questionId, body, caller);
    }

    @Post("/attempts/{id}/submit")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Submits and scores the attempt; repeated, it answers the same result")
    QuizViews.AttemptView submit(long id, Caller caller) {
        return attempts.submit(id, caller);
    }

    @Get("/quizzes/{id}/attempts")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Every attempt at the quiz, for the program's staff")
    List<QuizViews.AttemptSummary> attempts(long id, Caller caller) {
        return attempts.ofQuiz(id, caller);
    }

    @Get("/quizzes/{id}/analysis")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Item analysis of the finished attempts: facility and discrimination per question, choices picked")
    QuizResults.Analysis analysis(long id, Caller caller) {
        return results.analysis(id, caller);
    }

    @Post("/quizzes/{id}/regrade")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "Scores the finished attempts again against each question's newest version (where its shape is unchanged)")
    QuizResults.Regraded regrade(long id, Caller caller) {
        return results.regrade(id, caller);
    }

    @Get("/quizzes/{id}/attempts.csv")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The attempts as CSV (UTF-8 with BOM; formulas neutralized)")
    @ApiResponse(responseCode = "200", description = "CSV", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
    HttpResponse<Writable> attemptsCsv(long id, Caller caller) {
        return Downloads.attachment(results.export(id, caller, false), "text/csv; charset=utf-8", "quiz-" + id + "-attempts.csv");
    }

    @Get("/quizzes/{id}/attempts.xlsx")
    @Secured({Role.Names.ADMIN, Role.Names.TRAINER})
    @Operation(summary = "The attempts as XLSX")
    @ApiResponse(responseCode = "200", description = "XLSX", content = @Content(mediaType = XLSX, schema = @Schema(type = "string", format = "binary")))
    HttpResponse<Writable> attemptsXlsx(long id, Caller caller) {
        return Downloads.attachment(results.export(id, caller, true), XLSX, "quiz-" + id + "-attempts.xlsx");
    }
}
