package org.civitas.certification;

import io.micronaut.core.io.Writable;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.enrollment.Enrollment;
import org.civitas.enrollment.Participant;
import org.civitas.identity.Caller;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.FileStorage;
import org.civitas.platform.storage.LimitedInputStream;
import org.civitas.platform.tables.Exports;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.RateLimiter;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Certificates as people ask for them: learners their own, staff a program's with each learner's
 * progress, administrators issuing by hand, in bulk, re-issuing and revoking, and anyone verifying a
 * code or a PDF. The one entry point of certification for its controllers.
 */
@Singleton
class Certificates {
    private static final int PAGE = 500;
    private static final long MAX_CHECKED_PDF = 20L * 1024 * 1024;
    private final CertificateRepository certificates;
    private final FileStorage storage;
    private final Issuing issuing;
    private final Completion completion;
    private final Enrollment enrollment;
    private final ProgramAccess access;
    private final RateLimiter limits;
    private final CertificationSettings settings;
    private final Clock clock;

    Certificates(CertificateRepository certificates, FileStorage storage, Issuing issuing, Completion completion,
                 Enrollment enrollment, ProgramAccess access, RateLimiter limits, CertificationSettings settings, Clock clock) {
        this.certificates = certificates;
        this.storage = storage;
        this.issuing = issuing;
        this.completion = completion;
        this.enrollment = enrollment;
        this.access = access;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    /** How a bulk issue went: certificates issued now, learners who already held one, learners not complete yet. */
    @io.micronaut.serde.annotation.Serdeable
    record BulkResult(int issued, int alreadyCertified, int notComplete) {
    }

    /** Whether a PDF is one issued here, byte for byte, and which. */
    @io.micronaut.serde.annotation.Serdeable
    record Check(boolean genuine, @Nullable PublicCertificateView certificate) {
    }

    // ---- learners

    List<CertificateView> mine(Caller caller) {
        return views(certificates.findByUserIdOrderByIssuedAtDesc(caller.id()));
    }

    /** The learner's progress in a program they were admitted to; reading it changes nothing. */
    Progress myProgress(long programId, Caller caller) {
        access.requireView(programId, caller);
        Participant participant = enrollment.admittedParticipant(programId, caller.id())
                .orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN, "not_a_participant"));
        Completion.Standing standing = completion.standing(programId, caller.id());
        return progress(programId, List.of(participant), Map.of(caller.id(), standing)).getFirst();
    }

    /** Certificates are seen by their holder and by the program's staff; to anyone else they do not exist. */
    CertificateView one(long id, Caller caller) {
        return view(readable(id, caller));
    }

    /** A certificate's PDF as issued, with the file name it downloads under. */
    record Pdf(String fileName, byte[] bytes) {
    }

    Pdf pdf(long id, Caller caller) {
        CertificateRow row = readable(id, caller);
        return new Pdf(row.serial().replaceAll("[^\\p{L}\\p{N}-]", "_") + ".pdf", CertificateArchive.pdf(storage, row));
    }

    private CertificateRow readable(long id, Caller caller) {
        CertificateRow row = certificates.findById(id).orElseThrow(ApiException::notFound);
        if (row.userId() != caller.id() && !access.canManage(row.programId(), caller)) {
            throw ApiException.notFound();
        }
        return row;
    }

    // ---- staff

    PageView<Progress> progressOfProgram(long programId, int page, int size, Caller caller) {
        access.requireManage(programId, caller);
        PageView<Participant> participants = enrollment.admittedParticipants(programId, page, size);
        List<Long> ids = participants.items().stream().map(Participant::userId).toList();
        List<Progress> items = progress(programId, participants.items(), completion.standings(programId, ids));
        return new PageView<>(items, participants.page(), participants.size(), participants.totalItems(), participants.totalPages());
    }

    PageView<CertificateView> ofProgram(long programId, int page, int size, Caller caller) {
        access.requireManage(programId, caller);
        return PageView.of(certificates.findByProgramId(programId, Pageable.from(page, size, Sort.of(Sort.Order.asc("serial")))),
                this::view);
    }

    CertificateView issueManually(long programId, long userId, String reason, Caller caller) {
        access.requireAdmin(programId, caller);
        if (!enrollment.isAdmitted(programId, userId)) {
            throw ApiException.invalidField("userId", "not_a_participant");
        }
        List<CertificateRow> issued = issuing.issue(programId, List.of(new Issuing.Candidate(userId, reason)), caller.id(), true);
        if (issued.isEmpty()) {
            throw ApiException.conflict("already_certified", "userId");
        }
        return view(issued.getFirst());
    }

    /** Issues to every admitted learner who completed the program and holds no certificate, a batch per transaction. */
    BulkResult issueToAllComplete(long programId, Caller caller) {
        access.requireAdmin(programId, caller);
        return issueToAllComplete(programId, caller.id());
    }

    /** Every complete learner without a certificate gets one in one issue: one lock of the serials, rendering on every core throughout. */
    BulkResult issueToAllComplete(long programId, @Nullable Long actor) {
        int already = 0;
        int notComplete = 0;
        List<Issuing.Candidate> due = new ArrayList<>();
        for (int page = 0; ; page++) {
            PageView<Participant> participants = enrollment.admittedParticipants(programId, page, PAGE);
            List<Long> ids = participants.items().stream().map(Participant::userId).toList();
            Map<Long, Completion.Standing> standings = completion.standings(programId, ids);
            Map<Long, CertificateRow> held = current(programId, ids);
            for (long userId : ids) {
                if (held.containsKey(userId)) {
                    already++;
                } else if (!standings.get(userId).complete()) {
                    notComplete++;
                } else {
                    due.add(new Issuing.Candidate(userId, null));
                }
            }
            if (page + 1 >= participants.totalPages()) {
                break;
            }
        }
        int issued = issuing.issue(programId, due, actor, false).size();
        return new BulkResult(issued, already + due.size() - issued, notComplete);
    }

    CertificateView revoke(long id, String reason, Caller caller) {
        CertificateRow row = certificates.findById(id).orElseThrow(ApiException::notFound);
        access.requireAdmin(row.programId(), caller);
        return view(issuing.revoke(id, reason, caller.id()));
    }

    CertificateView reissue(long id, @Nullable String reason, Caller caller) {
        CertificateRow row = certificates.findById(id).orElseThrow(ApiException::notFound);
        access.requireAdmin(row.programId(), caller);
        return view(issuing.reissue(id, reason, caller.id()));
    }

    /** The program's current, valid certificates as one ZIP of their PDFs, written as it is sent. */
    CertificateArchive archive(long programId, Caller caller) {
        access.requireAdmin(programId, caller);
        return new CertificateArchive(certificates.findIssuedInProgram(programId), storage);
    }

    Writable registry(long programId, boolean xlsx, Caller caller) {
        access.requireAdmin(programId, caller);
        List<CertificateRow> rows = certificates.findByProgramIdOrderBySerial(programId);
        Instant now = clock.instant();
        return Exports.writable(xlsx, "Реєстр сертифікатів", List.of("Реєстраційний номер", "Прізвище, ім’я, по батькові", "Програма",
                "Години", "Кредити ЄКТС", "Початок навчання", "Завершення навчання", "Дата видачі", "Статус", "Дата відкликання",
                "Причина відкликання", "Код перевірки"), rows.stream().map(r -> List.<Object>of(r.serial(), r.learnerName(),
                r.programTitle(), r.hours(), r.ects(), date(r.startsOn()), date(r.endsOn()),
                r.issuedAt().atZone(Issuing.ZONE).toLocalDate().toString(), statusWord(r.statusAt(now)),
                r.revokedAt() == null ? "" : r.revokedAt().atZone(Issuing.ZONE).toLocalDate().toString(),
                r.revocationReason() == null ? "" : r.revocationReason(), r.verificationCode())).toList());
    }

    // ---- anyone

    PublicCertificateView lookup(String code, String client) {
        throttle(client);
        String normalized = code.strip().toUpperCase(Locale.ROOT);
        return certificates.findByVerificationCode(normalized).map(r -> PublicCertificateView.of(view(r)))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "certificate_not_found"));
    }

    Check check(InputStream file, String client) {
        throttle(client);
        byte[] pdf;
        try (InputStream in = new LimitedInputStream(file, MAX_CHECKED_PDF, () -> ApiException.invalidField("file", "file_too_large"))) {
            pdf = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pdf.length < 5 || !new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
            throw ApiException.invalidField("file", "not_a_pdf");
        }
        return certificates.findByPdfSha256(Issuing.sha256(pdf)).stream().findFirst()
                .map(r -> new Check(true, PublicCertificateView.of(view(r)))).orElseGet(() -> new Check(false, null));
    }

    private void throttle(String client) {
        Optional<Duration> wait = limits.acquire("certificate-lookup:" + client, settings.lookupsPerMinute(), Duration.ofMinutes(1));
        if (wait.isPresent()) {
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", List.of(),
                    Map.of("Retry-After", String.valueOf(Math.max(1, wait.get().toSeconds()))));
        }
    }

    // ---- views

    private List<Progress> progress(long programId, List<Participant> participants, Map<Long, Completion.Standing> standings) {
        Map<Long, CertificateRow> held = current(programId, participants.stream().map(Participant::userId).toList());
        return participants.stream().map(p -> {
            Completion.Standing standing = standings.get(p.userId());
            CertificateRow certificate = held.get(p.userId());
            return new Progress(p.userId(), fullName(p), p.email(), standing.rulesSet(),
                    standing.complete(), standing.requirements(), certificate == null ? null : view(certificate));
        }).toList();
    }

    private Map<Long, CertificateRow> current(long programId, Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return certificates.findCurrent(programId, userIds).stream().collect(Collectors.toMap(CertificateRow::userId, Function.identity()));
    }

    private List<CertificateView> views(List<CertificateRow> rows) {
        Map<Long, String> codes = codesOfLinked(rows);
        return rows.stream().map(r -> view(r, codes)).toList();
    }

    CertificateView view(CertificateRow row) {
        return view(row, codesOfLinked(List.of(row)));
    }

    private Map<Long, String> codesOfLinked(List<CertificateRow> rows) {
        List<Long> linked = new ArrayList<>();
        rows.forEach(r -> {
            if (r.replacedBy() != null) {
                linked.add(r.replacedBy());
            }
            if (r.replaces() != null) {
                linked.add(r.replaces());
            }
        });
        Map<Long, String> codes = new HashMap<>();
        if (!linked.isEmpty()) {
            certificates.findByIdIn(linked).forEach(r -> codes.put(r.requireId(), r.verificationCode()));
        }
        return codes;
    }

    private CertificateView view(CertificateRow r, Map<Long, String> codes) {
        return new CertificateView(r.requireId(), r.serial(), r.verificationCode(), issuing.verificationUrl(r.verificationCode()),
                r.statusAt(clock.instant()), r.userId(), r.learnerName(), r.programId(), r.programTitle(), r.programType(), r.duration(),
                r.hours(), r.ects(), r.startsOn(), r.endsOn(), r.learningOutcomes(), r.providerName(), r.signatories(), r.issuedAt(),
                r.expiresAt(), r.revokedAt(), r.revocationReason(), r.replacedBy() == null ? null : codes.get(r.replacedBy()),
                r.replaces() == null ? null : codes.get(r.replaces()), r.issueReason());
    }

    private static String fullName(Participant p) {
        return p.patronymic() == null ? p.surname() + " " + p.givenName() : p.surname() + " " + p.givenName() + " " + p.patronymic();
    }

    private static String date(java.time.@Nullable LocalDate date) {
        return date == null ? "" : date.toString();
    }

    private static String statusWord(String status) {
        return switch (status) {
            case CertificateRow.REVOKED -> "відкликаний";
            case CertificateRow.REPLACED -> "замінений";
            case CertificateRow.EXPIRED -> "строк дії минув";
            default -> "дійсний";
        };
    }
}
