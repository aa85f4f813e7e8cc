package org.civitas.enrollment;

import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.Participants;
import org.civitas.catalog.ProgramFacts;
import org.civitas.catalog.ProgramStatus;
import org.civitas.identity.Accounts;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The enrollment feature's entry point: a program's questionnaire, learners' applications and
 * administrators' admission decisions. Applying and admitting lock the program's questionnaire
 * row, so two applications of one learner, or admissions past the capacity, cannot slip through
 * side by side.
 */
@Singleton
public class Enrollment implements Participants {
    private final QuestionnaireRepository questionnaires;
    private final ApplicationRepository applications;
    private final Catalog catalog;
    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    Enrollment(QuestionnaireRepository questionnaires, ApplicationRepository applications, Catalog catalog,
               Accounts accounts, AuditLog audit, Clock clock) {
        this.questionnaires = questionnaires;
        this.applications = applications;
        this.catalog = catalog;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether the user is admitted to the program: participant-only materials and sessions ask this. */
    @Override
    public boolean isAdmitted(long programId, long userId) {
        return applications.findLatest(userId, programId).map(a -> a.status() == ApplicationStatus.ADMITTED).orElse(false);
    }

    @Transactional
    Views.QuestionnaireView questionnaire(long programId, @Nullable Authentication caller) {
        ProgramFacts program = catalog.facts(programId).orElseThrow(ApiException::notFound);
        if (program.status() != ProgramStatus.PUBLISHED && !catalog.canManage(programId, caller)) {
            throw ApiException.notFound();
        }
        return Views.QuestionnaireView.of(row(programId));
    }

    @Transactional
    Views.QuestionnaireView saveQuestionnaire(long programId, Requests.SaveQuestionnaire request, Authentication caller) {
        requireManager(programId, caller);
        QuestionnaireRow current = row(programId);
        if (request.version() == null) {
            throw ApiException.invalidField("version", "required");
        }
        if (!request.version().equals(current.version())) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        List<Question> questions = Objects.requireNonNull(request.questions());
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            if (!ids.add(q.id())) {
                throw ApiException.invalidField("questions[" + i + "].id", "duplicate");
            }
            if (q.isChoice() && q.choices().size() < 2) {
                throw ApiException.invalidField("questions[" + i + "].options", "at_least_two_options");
            }
        }
        QuestionnaireRow saved = questionnaires.update(new QuestionnaireRow(programId, List.copyOf(questions),
                request.allowReapply(), clock.instant(), current.version()));
        audit.record("questionnaire.saved", userId(caller), "program", programId, null, "questions=" + questions.size());
        return Views.QuestionnaireView.of(saved);
    }

    /** The profile to prefill the form with: from the learner's last application, else from their account. */
    Profile profileFor(Authentication caller) {
        long userId = userId(caller);
        return applications.findLatestOfUser(userId).map(a -> withoutConsent(a.profile()))
                .or(() -> accounts.find(userId).map(u -> new Profile(u.surname(), u.givenName(), u.patronymic(), u.email(),
                        "", "", "", "", "", null, false)))
                .orElseThrow(ApiException::notFound);
    }

    @Transactional
    Views.ApplicationView apply(long programId, Requests.Apply request, Authentication caller) {
        long userId = userId(caller);
        ProgramFacts program = catalog.facts(programId).filter(p -> p.status() == ProgramStatus.PUBLISHED)
                .orElseThrow(ApiException::notFound);
        QuestionnaireRow questionnaire = locked(programId);
        if (!program.enrollmentOpen()) {
            throw new ApiException(HttpStatus.CONFLICT, "enrollment_closed");
        }
        var previous = applications.findLatest(userId, programId);
        if (previous.isPresent()) {
            ApplicationStatus status = previous.get().status();
            if (status.active()) {
                throw new ApiException(HttpStatus.CONFLICT, "already_applied");
            }
            if (!questionnaire.allowReapply()) {
                throw new ApiException(HttpStatus.CONFLICT, "reapply_not_allowed");
            }
        }
        Profile profile = normalized(Objects.requireNonNull(request.profile()));
        Map<String, Object> answers = Answers.check(questionnaire.questions(), request.answers());
        Instant now = clock.instant();
        ApplicationRow saved = applications.save(new ApplicationRow(null, programId, userId, ApplicationStatus.SUBMITTED,
                profile, profile.region(), profile.organization(), profile.category(), answers, null, null, null, now, now, null));
        audit.record("application.submitted", userId, "application", saved.id(), null, "program=" + programId);
        return Views.ApplicationView.of(saved, program.title());
    }

    Views.ApplicationView application(long applicationId, Authentication caller) {
        ApplicationRow row = applications.findById(applicationId).orElseThrow(ApiException::notFound);
        if (row.userId() != userId(caller) && !catalog.canManage(row.programId(), caller)) {
            throw ApiException.notFound();
        }
        return Views.ApplicationView.of(row, title(row.programId()));
    }

    @Transactional
    Views.ApplicationView withdraw(long applicationId, Authentication caller) {
        ApplicationRow row = applications.findById(applicationId).filter(a -> a.userId() == userId(caller))
                .orElseThrow(ApiException::notFound);
        locked(row.programId());
        if (!row.status().active()) {
            throw new ApiException(HttpStatus.CONFLICT, "application_closed");
        }
        ApplicationRow saved = applications.update(row.decided(ApplicationStatus.WITHDRAWN, null, null, clock.instant()));
        audit.record("application.withdrawn", row.userId(), "application", applicationId, null, null);
        return Views.ApplicationView.of(saved, title(row.programId()));
    }

    PageView<Views.ApplicationView> applications(long programId, @Nullable ApplicationStatus status, @Nullable String region,
                                                 @Nullable String organization, @Nullable String category,
                                                 int page, int size, Authentication caller) {
        requireManager(programId, caller);
        String title = title(programId);
        return PageView.of(applications.search(programId, status == null ? null : status.name(), blankToNull(region),
                SearchPattern.contains(organization), blankToNull(category), Pageable.from(page, size)), row -> Views.ApplicationView.of(row, title));
    }

    /**
     * Admits, rejects or waitlists applications of one program, all or none. Admissions that would
     * take the program past its capacity are refused whole, naming the places left.
     */
    @Transactional
    Views.Decided decide(long programId, Requests.Decide request, Authentication caller) {
        requireAdmin(caller);
        ProgramFacts program = catalog.facts(programId).orElseThrow(ApiException::notFound);
        locked(programId);
        Set<Long> ids = new LinkedHashSet<>(Objects.requireNonNull(request.applicationIds()));
        List<ApplicationRow> rows = applications.findByIdIn(ids);
        if (rows.size() != ids.size() || rows.stream().anyMatch(r -> r.programId() != programId)) {
            throw ApiException.invalidField("applicationIds", "not_the_program_applications");
        }
        if (rows.stream().anyMatch(r -> r.status() == ApplicationStatus.WITHDRAWN)) {
            throw ApiException.conflict("application_withdrawn", "applicationIds");
        }
        ApplicationStatus target = switch (Objects.requireNonNull(request.decision())) {
            case "admit" -> ApplicationStatus.ADMITTED;
            case "reject" -> ApplicationStatus.REJECTED;
            default -> ApplicationStatus.WAITLISTED;
        };
        long admitted = applications.countByProgramIdAndStatus(programId, ApplicationStatus.ADMITTED);
        if (target == ApplicationStatus.ADMITTED && program.capacity() != null) {
            long newcomers = rows.stream().filter(r -> r.status() != ApplicationStatus.ADMITTED).count();
            long placesLeft = Math.max(0, program.capacity() - admitted);
            if (newcomers > placesLeft) {
                throw new ApiException(HttpStatus.CONFLICT, "capacity_exceeded",
                        List.of(new ApiException.FieldError("applicationIds", "capacity_exceeded", placesLeft)), Map.of());
            }
        }
        Instant now = clock.instant();
        String message = blankToNull(request.message());
        int changed = 0;
        for (ApplicationRow row : rows) {
            if (row.status() != target || !Objects.equals(row.decisionMessage(), message)) {
                applications.update(row.decided(target, message, userId(caller), now));
                audit.record("application." + target.code(), userId(caller), "application", row.id(), null, "program=" + programId);
                changed++;
            }
        }
        return new Views.Decided(changed, applications.countByProgramIdAndStatus(programId, ApplicationStatus.ADMITTED), program.capacity());
    }

    List<Views.MyProgram> myPrograms(Authentication caller) {
        List<ApplicationRow> current = applications.findCurrentOfUser(userId(caller));
        Map<Long, ProgramFacts> programs = catalog.facts(current.stream().map(ApplicationRow::programId).toList());
        List<Views.MyProgram> result = new ArrayList<>();
        for (ApplicationRow row : current) {
            ProgramFacts p = programs.get(row.programId());
            if (p != null) {
                result.add(new Views.MyProgram(p.id(), p.title(), p.startsOn(), p.endsOn(), row.requireId(), row.status(),
                        row.submittedAt(), row.decisionMessage()));
            }
        }
        return result;
    }

    private QuestionnaireRow row(long programId) {
        questionnaires.ensure(programId, clock.instant());
        return questionnaires.findById(programId).orElseThrow(ApiException::notFound);
    }

    /** Takes the program's turn: applications and admissions of one program wait for each other here. */
    QuestionnaireRow locked(long programId) {
        // insert only when missing: INSERT IGNORE on an existing row takes a shared lock, and two
        // of those waiting to upgrade to the exclusive one below deadlock
        return questionnaires.lock(programId).orElseGet(() -> {
            questionnaires.ensure(programId, clock.instant());
            return questionnaires.lock(programId).orElseThrow(ApiException::notFound);
        });
    }

    private String title(long programId) {
        return catalog.facts(programId).map(ProgramFacts::title).orElse("");
    }

    private void requireManager(long programId, Authentication caller) {
        if (!catalog.canManage(programId, caller)) {
            throw catalog.facts(programId).filter(p -> p.status() == ProgramStatus.PUBLISHED).isPresent()
                    ? new ApiException(HttpStatus.FORBIDDEN, "forbidden") : ApiException.notFound();
        }
    }

    static void requireAdmin(Authentication caller) {
        if (!caller.getRoles().contains(org.civitas.identity.Role.Names.ADMIN)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "forbidden");
        }
    }

    private static Profile normalized(Profile p) {
        return new Profile(p.surname().strip(), p.givenName().strip(), blankToNull(p.patronymic()), p.email().strip().toLowerCase(java.util.Locale.ROOT),
                p.phone().strip(), p.region().strip(), p.organization().strip(), p.position().strip(), p.category().strip(),
                blankToNull(p.gender()), true);
    }

    private static Profile withoutConsent(Profile p) {
        return new Profile(p.surname(), p.givenName(), p.patronymic(), p.email(), p.phone(), p.region(), p.organization(),
                p.position(), p.category(), p.gender(), false);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static long userId(Authentication caller) {
        return Long.parseLong(caller.getName());
    }

    /** Checks answers against the questionnaire; unknown keys are dropped, not stored. */
    static final class Answers {
        private Answers() {
        }

        static Map<String, Object> check(List<Question> questions, @Nullable Map<String, Object> given) {
            Map<String, Object> answers = given == null ? Map.of() : given;
            Map<String, Object> kept = new LinkedHashMap<>();
            List<ApiException.FieldError> errors = new ArrayList<>();
            for (Question q : questions) {
                Object value = answers.get(q.id());
                String field = "answers." + q.id();
                if (isEmpty(value)) {
                    if (q.required()) {
                        errors.add(new ApiException.FieldError(field, "required"));
                    }
                    continue;
                }
                Object valid = switch (q.kind()) {
                    case "short_text" -> value instanceof String s && s.length() <= 500 ? s.strip() : null;
                    case "long_text" -> value instanceof String s && s.length() <= 5000 ? s.strip() : null;
                    case "single_choice" -> value instanceof String s && q.choices().contains(s) ? s : null;
                    case "multiple_choice" -> value instanceof Collection<?> c && q.choices().containsAll(c)
                            ? List.copyOf(new LinkedHashSet<>(c)) : null;
                    case "yes_no" -> value instanceof Boolean b ? b : null;
                    default -> null;
                };
                if (valid == null) {
                    errors.add(new ApiException.FieldError(field, "invalid"));
                } else {
                    kept.put(q.id(), valid);
                }
            }
            if (!errors.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", errors, Map.of());
            }
            return kept;
        }

        private static boolean isEmpty(@Nullable Object value) {
            return value == null || value instanceof String s && s.isBlank() || value instanceof Collection<?> c && c.isEmpty();
        }
    }
}
