package org.civitas.certification;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.TransactionalEventListener;
import jakarta.inject.Singleton;
import org.civitas.assessment.QuizPassed;
import org.civitas.attendance.AttendanceRecorded;
import org.civitas.schedule.Schedule;
import org.civitas.schedule.SessionFacts;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Issues the certificate the moment the last rule is met: after the transaction that recorded an
 * attendance or passed a test commits, the learner's standing is read again and, when complete, the
 * certificate is issued in a transaction of its own. A failure here never undoes the attendance or
 * the attempt; {@link #reconcile} catches up every hour with what a crash or a failure left out, as
 * administrators' bulk issue does at once.
 */
@Singleton
class CompletionListener {
    private static final Logger LOG = LoggerFactory.getLogger(CompletionListener.class);
    private final Completion completion;
    private final Issuing issuing;
    private final Schedule schedule;
    private final TransactionOperations<Connection> transactions;
    private final CompletionRulesRepository rules;
    private final Certificates certificates;

    CompletionListener(Completion completion, Issuing issuing, Schedule schedule, TransactionOperations<Connection> transactions,
                       CompletionRulesRepository rules, Certificates certificates) {
        this.completion = completion;
        this.issuing = issuing;
        this.schedule = schedule;
        this.transactions = transactions;
        this.rules = rules;
        this.certificates = certificates;
    }

    /** Issues to every complete learner still without a certificate, in every program with rules: the events' safety net. */
    @Scheduled(fixedDelay = "1h", initialDelay = "5m")
    void reconcile() {
        for (CompletionRulesRow program : rules.findAll()) {
            try {
                int issued = certificates.issueToAllComplete(program.programId(), (Long) null).issued();
                if (issued > 0) {
                    LOG.warn("Issued {} certificates in program {} that their events had not", issued, program.programId());
                }
            } catch (RuntimeException e) {
                LOG.error("Could not catch up the certificates of program {}", program.programId(), e);
            }
        }
    }

    @TransactionalEventListener
    void onQuizPassed(QuizPassed event) {
        issueIfComplete(event.programId(), null, event.userId());
    }

    @TransactionalEventListener
    void onAttendanceRecorded(AttendanceRecorded event) {
        if (event.attended()) {
            issueIfComplete(null, event.sessionId(), event.userId());
        }
    }

    /** In transactions of their own: the publisher's has committed. The program is the session's when not given. */
    private void issueIfComplete(@Nullable Long program, @Nullable Long sessionId, long userId) {
        try {
            Long programId = program != null ? program : alone(() -> schedule.session(Objects.requireNonNull(sessionId))
                    .map(SessionFacts::programId).orElse(null));
            if (programId != null && Boolean.TRUE.equals(alone(() -> completion.standing(programId, userId).complete()))) {
                issuing.issue(programId, List.of(new Issuing.Candidate(userId, null)), null, false);
            }
        } catch (RuntimeException e) {
            LOG.error("Could not issue the certificate of user {}; the hourly catch-up and the bulk issue will try again", userId, e);
        }
    }

    private <T> T alone(Supplier<T> work) {
        return transactions.execute(TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW), status -> work.get());
    }
}
