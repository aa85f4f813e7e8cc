package org.civitas.enrollment;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramAccess;
import org.civitas.catalog.ProgramFacts;
import org.civitas.catalog.ProgramStatus;
import org.civitas.identity.Accounts;
import org.civitas.identity.Caller;
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
 * A program's questionnaire, learners' applications and administrators' admission decisions.
 * Applying and deciding take the program's turn ({@link Admissions#lock}), so two applications of
 * one learner, or admissions past the capacity, cannot slip through side by side.
 */
@Singleton
class Applications {
    private final QuestionnaireRepository questionnaires;
    private final ApplicationRepository applications;
    private final Admissions admissions;
    private final Catalog catalog;
    private final ProgramAccess access;
    private final Accounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher<ApplicationSubmitted> submitted;
    private final Clock clock;

    Applications(QuestionnaireRepository questionnaires, ApplicationRepository applications, Admissions admissions,
                 Catalog catalog, ProgramAccess access, Accounts accounts, AuditLog audit,
                 ApplicationEventPublisher<ApplicationSubmitted> submitted, Clock clock) {
        this.submitted = submitted;
        this.questionnaires = questionnaires;
        this.applications = applications;
        this.admissions = admissions;
        this.catalog = catalog;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    Views.QuestionnaireView questionnaire(long programId, Caller caller) {
        access.requireView(programId, caller);
        return Views.QuestionnaireView.of(row(programId));
    }

    @Transactional
    Views.QuestionnaireView saveQuestionnaire(long programId, Requests.SaveQuestionnaire request, Caller caller) {
        access.requireManage(programId, caller);
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
        audit.record("questionnaire.saved", caller.id(), "program", programId, null, "questions=" + questions.size());
        return Views.QuestionnaireView.of(saved);
    }

    /** The profile to prefill the form with: from the learner's last application, else from their account. */
    Profile profileFor(Caller caller) {
        long userId = caller.id();
        return applications.findLatestOfUser(userId).map(a -> withoutConsent(a.profile()))
                .or(() -> accounts.find(userId).map(u -> new Profile(u.surname(), u.givenName(), u.patronymic(), u.email(),
                        "", "", "", "", "", null, false)))
                .orElseThrow(ApiException::notFound);
    }

    @Transactional
    Views.ApplicationView apply(long programId, Requests.Apply request, Caller caller) {
        long userId = caller.id();
        ProgramFacts program = catalog.facts(programId).filter(p -> p.status() == ProgramStatus.PUBLISHED)
                .orElseThrow(ApiException::notFound);
        QuestionnaireRow questionnaire = admissions.lock(programId);
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
        submitted.publishEvent(new ApplicationSubmitted(saved.requireId(), programId, userId));
        return Views.ApplicationView.of(saved, program.title());
    }

    Views.ApplicationView application(long applicationId, Caller caller) {
        ApplicationRow row = applications.findById(applicationId).orElseThrow(ApiException::notFound);
        if (row.userId() != caller.id() && !access.canManage(row.programId(), caller)) {
            throw ApiException.notFound();
        }
        return Views.ApplicationView.of(row, title(row.programId()));
    }

    @Transactional
    Views.ApplicationView withdraw(long applicationId, Caller caller) {
        ApplicationRow row = applications.findById(applicationId).filter(a -> a.userId() == caller.id())
                .orElseThrow(ApiException::notFound);
        admissions.lock(row.programId());
        if (!row.status().active()) {
            throw new ApiException(HttpStatus.CONFLICT, "application_closed");
        }
        ApplicationRow saved = applications.update(row.decided(ApplicationStatus.WITHDRAWN, null, null, clock.instant()));
        audit.record("application.withdrawn", row.userId(), "application", applicationId, null, null);
        return Views.ApplicationView.of(saved, title(row.programId()));
    }

    PageView<Views.ApplicationView> applications(long programId, @Nullable ApplicationStatus status, @Nullable String region,
                                                 @Nullable String organization, @Nullable String category,
                                                 int page, int size, Caller caller) {
        access.requireManage(programId, caller);
        String title = title(programId);
        return PageView.of(applications.search(programId, status == null ? null : status.name(), blankToNull(region),
                SearchPattern.contains(organization), blankToNull(category), Pageable.from(page, size)), row -> Views.ApplicationView.of(row, title));
    }

    /**
     * Admits, rejects or waitlists applications of one program, all or none. Admissions that would
     * take the program past its capacity are refused whole, naming the places left.
     */
    @Transactional
    Views.Decided decide(long programId, Requests.Decide request, Caller caller) {
        ProgramFacts program = access.requireAdmin(programId, caller);
        admissions.lock(programId);
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
        if (target == ApplicationStatus.ADMITTED) {
            admissions.requirePlaces(program, rows.stream().filter(r -> r.status() != ApplicationStatus.ADMITTED).count(),
                    "applicationIds");
        }
        Instant now = clock.instant();
        String message = blankToNull(request.message());
        int changed = 0;
        for (ApplicationRow row : rows) {
            if (row.status() != target || !Objects.equals(row.decisionMessage(), message)) {
                admissions.decide(row, target, message, caller.id(), now);
                changed++;
            }
        }
        return new Views.Decided(changed, admissions.admittedCount(programId), program.capacity());
    }

    List<Views.MyProgram> myPrograms(Caller caller) {
        List<ApplicationRow> current = applications.findCurrentOfUser(caller.id());
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

    private String title(long programId) {
        return catalog.facts(programId).map(ProgramFacts::title).orElse("");
    }

    private static Profile normalized(Requests.ProfileInput p) {
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
