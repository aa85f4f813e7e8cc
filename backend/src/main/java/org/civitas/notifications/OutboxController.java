package org.civitas.notifications;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.mail.OutboxMessage;
import org.civitas.platform.web.PageView;
import org.jspecify.annotations.Nullable;

/** Administrators read the outbox: every message, queued, sent, failed or kept, and send a failed one again. */
@Controller("/api/admin/outbox")
@Tag(name = "notifications")
@Secured(Role.Names.ADMIN)
class OutboxController {
    private final Outbox outbox;
    private final AuditLog audit;

    OutboxController(Outbox outbox, AuditLog audit) {
        this.outbox = outbox;
        this.audit = audit;
    }

    @Get
    @Operation(summary = "Messages, newest first, filtered by status and recipient, without their bodies")
    PageView<OutboxMessage> list(@QueryValue @Nullable @Pattern(regexp = "queued|sending|sent|failed|kept") String status,
                                 @QueryValue @Nullable @Size(max = 254) String recipient,
                                 @QueryValue(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                 @QueryValue(defaultValue = "50") @Min(1) @Max(200) int size) {
        return outbox.messages(status, recipient, page, size);
    }

    @Get("/{id}")
    @Operation(summary = "One message with its text and HTML bodies, as rendered when it was queued")
    OutboxMessage message(long id) {
        return outbox.message(id).orElseThrow(ApiException::notFound);
    }

    @Post("/{id}/retry")
    @Operation(summary = "Sends a failed (or kept) message again as new; 409 message_not_retryable for the others, "
            + "mail_not_configured while no SMTP server is set")
    @ApiResponse(responseCode = "200", description = "The message, queued again", content = @Content(schema = @Schema(implementation = OutboxMessage.class)))
    OutboxMessage retry(Caller caller, long id) {
        outbox.message(id).orElseThrow(ApiException::notFound);
        if (!outbox.sending()) {
            throw new ApiException(HttpStatus.CONFLICT, "mail_not_configured");
        }
        if (!outbox.retry(id)) {
            throw new ApiException(HttpStatus.CONFLICT, "message_not_retryable");
        }
        audit.record("outbox.retried", caller.id(), "outbox_message", id, null, null);
        return outbox.message(id).orElseThrow(ApiException::notFound);
    }
}
