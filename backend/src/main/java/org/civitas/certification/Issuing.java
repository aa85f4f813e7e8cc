package org.civitas.certification;

import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.civitas.catalog.Catalog;
import org.civitas.catalog.ProgramView;
import org.civitas.identity.Accounts;
import org.civitas.identity.UserView;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.database.Deadlocks;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.mail.Mail;
import org.civitas.platform.mail.Outbox;
import org.civitas.platform.storage.FileStorage;
import org.jspecify.annotations.Nullable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.CRC32;

/**
 * Issues certificates. One transaction per batch locks the serial counter (so numbers have no gaps),
 * locks the learners' current certificates (so a learner who has one is skipped), renders and signs
 * each PDF with the next number on every core, and stores it with its SHA-256 as each is ready; the
 * database's unique key on the current certificate of a learner in a program is the last word on
 * "exactly once". The PDF goes to the file storage before its row: a rolled-back issue leaves at
 * most an unreferenced file, never a certificate without its PDF.
 */
@Singleton
class Issuing {
    static final ZoneId ZONE = ZoneId.of("Europe/Kyiv");
    private static final int STORE_BATCH = 50;
    private static final int RENDER_AHEAD = 32;
    private static final char[] BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".toCharArray();
    private final CertificateRepository certificates;
    private final FileStorage storage;
    private final ExecutorService renderers;
    private final SerialNumbers serials;
    private final Designs designs;
    private final CertificateRenderer renderer;
    private final CertificateSigner signer;
    private final Catalog catalog;
    private final Accounts accounts;
    private final Outbox outbox;
    private final AuditLog audit;
    private final CertificationSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Issuing(CertificateRepository certificates, FileStorage storage, SerialNumbers serials, Designs designs,
            CertificateRenderer renderer, CertificateSigner signer, Catalog catalog, Accounts accounts,
            Outbox outbox, AuditLog audit, CertificationSettings settings, TransactionOperations<Connection> transactions, Clock clock) {
        this.certificates = certificates;
        this.storage = storage;
        this.renderers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                Thread.ofPlatform().daemon().name("certificate-renderer-", 0).factory());
        this.serials = serials;
        this.designs = designs;
        this.renderer = renderer;
        this.signer = signer;
        this.catalog = catalog;
        this.accounts = accounts;
        this.outbox = outbox;
        this.audit = audit;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Who gets a certificate, and why when an administrator issues it by hand (null: the rules were met). */
    record Candidate(long userId, @Nullable String reason) {
    }

    /**
     * Issues to each candidate who holds no current certificate in the program (manual: nor one
     * that is not revoked; a revoked one is then set aside), in one transaction of its own; answers
     * the certificates issued, in the candidates' order.
     */
    List<CertificateRow> issue(long programId, List<Candidate> candidates, @Nullable Long actor, boolean manual) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return Deadlocks.retriedAlone(transactions, status -> {
            Instant now = clock.instant();
            int year = now.atZone(ZONE).getYear();
            String prefix = settings.serialPrefix();
            int last = serials.lockLast(prefix, year);
            Map<Long, CertificateRow> held = certificates.lockCurrent(programId, candidates.stream().map(Candidate::userId).toList())
                    .stream().collect(Collectors.toMap(CertificateRow::userId, Function.identity()));
            List<Candidate> due = new ArrayList<>();
            for (Candidate candidate : candidates) {
                CertificateRow current = held.get(candidate.userId());
                if (current == null) {
                    due.add(candidate);
                } else if (manual && current.status().equals(CertificateRow.REVOKED)) {
                    certificates.update(current.setAside(null));
                    due.add(candidate);
                }
            }
            if (due.isEmpty()) {
                return List.of();
            }
            ProgramView program = catalog.view(programId).orElseThrow(ApiException::notFound);
            CertificateDesign design = designs.of(programId);
            // PDFs are rendered and signed on every core, at most RENDER_AHEAD ahead of this thread, which stores
            // the certificates in order as they are ready, a batch at a time: memory stays bounded however many
            List<Draft> drafts = new ArrayList<>();
            for (int i = 0; i < due.size(); i++) {
                Candidate candidate = due.get(i);
                UserView learner = accounts.find(candidate.userId()).orElseThrow(ApiException::notFound);
                drafts.add(new Draft(candidate, learner, SerialNumbers.format(prefix, year, last + i + 1), code()));
            }
            java.util.ArrayDeque<Future<byte[]>> ahead = new java.util.ArrayDeque<>();
            List<CertificateRow> issued = new ArrayList<>();
            try {
                List<CertificateRow> rows = new ArrayList<>();
                int submitted = 0;
                for (int i = 0; i < drafts.size(); i++) {
                    while (submitted < drafts.size() && submitted < i + RENDER_AHEAD) {
                        Draft draft = drafts.get(submitted++);
                        ahead.add(renderers.submit(() -> pdf(program, design, draft, now)));
                    }
                    rows.add(kept(program, design, drafts.get(i), done(ahead.remove()), actor, now, null));
                    if (rows.size() == STORE_BATCH || i == drafts.size() - 1) {
                        issued.addAll(stored(program, drafts.subList(issued.size(), i + 1), rows, actor));
                        rows.clear();
                    }
                }
            } finally {
                ahead.forEach(f -> f.cancel(false));
            }
            serials.advance(prefix, year, last + drafts.size());
            return issued;
        });
    }

    /** Replaces a valid (or expired) certificate by a new one with a new serial, printed with today's name and program. */
    CertificateRow reissue(long certificateId, @Nullable String reason, long actor) {
        return Deadlocks.retriedAlone(transactions, status -> {
            Instant now = clock.instant();
            int year = now.atZone(ZONE).getYear();
            String prefix = settings.serialPrefix();
            int last = serials.lockLast(prefix, year);
            CertificateRow old = certificates.lock(certificateId).orElseThrow(ApiException::notFound);
            if (!old.status().equals(CertificateRow.VALID) || old.currentHolder() == null) {
                throw new ApiException(HttpStatus.CONFLICT, "certificate_not_valid");
            }
            CertificateRow setAside = certificates.update(old.setAside(null));
            ProgramView program = catalog.view(old.programId()).orElseThrow(ApiException::notFound);
            CertificateDesign design = designs.of(old.programId());
            UserView learner = accounts.find(old.userId()).orElseThrow(ApiException::notFound);
            Draft draft = new Draft(new Candidate(old.userId(), reason), learner, SerialNumbers.format(prefix, year, last + 1), code());
            CertificateRow issued = stored(program, List.of(draft), List.of(kept(program, design, draft, pdf(program, design, draft, now),
                    actor, now, old.requireId())), actor).getFirst();
            certificates.update(setAside.setAside(issued.requireId()));
            serials.advance(prefix, year, last + 1);
            audit.record("certificate.replaced", actor, "certificate", old.requireId(), null, "by=" + issued.serial());
            return issued;
        });
    }

    CertificateRow revoke(long certificateId, String reason, @Nullable Long actor) {
        return Deadlocks.retriedAlone(transactions, status -> {
            CertificateRow row = certificates.lock(certificateId).orElseThrow(ApiException::notFound);
            if (!row.status().equals(CertificateRow.VALID)) {
                throw new ApiException(HttpStatus.CONFLICT, "certificate_not_valid");
            }
            CertificateRow revoked = certificates.update(row.revoked(reason, actor, clock.instant()));
            audit.record("certificate.revoked", actor, "certificate", certificateId, null, "serial=" + row.serial() + " reason=" + reason);
            return revoked;
        });
    }

    /** A sample certificate with the design, as issuing would print it, for the editor's preview; nothing is stored. */
    byte[] sample(long programId, CertificateDesign design) {
        ProgramView program = catalog.view(programId).orElseThrow(ApiException::notFound);
        String code = "ZRAZOKZRAZOKZRAZOKZRAZOKZRAZOK00";
        return renderer.render(content(program, design, "Зразківська Олена Петрівна", SerialNumbers.format(settings.serialPrefix(),
                clock.instant().atZone(ZONE).getYear(), 0), code, clock.instant()));
    }

    private record Draft(Candidate candidate, UserView learner, String serial, String code) {
    }

    private byte[] pdf(ProgramView program, CertificateDesign design, Draft draft, Instant now) {
        return signer.sign(renderer.render(content(program, design, draft.learner().fullName(), draft.serial(), draft.code(), now)));
    }

    private CertificateContent content(ProgramView program, CertificateDesign design, String learnerName, String serial, String code,
                                       Instant now) {
        String language = design.language() != null ? design.language() : program.language().equals("en") ? "en" : "uk";
        return new CertificateContent(language, program.provider(), learnerName, program.title(),
                program.programType(), program.duration(), program.hours(), program.ects(), program.startsOn(), program.endsOn(),
                program.learningOutcomes(), LocalDate.ofInstant(now, ZONE), serial, code, verificationUrl(code), design);
    }

    String verificationUrl(String code) {
        return outbox.link("/verify/" + code);
    }

    private static byte[] done(Future<byte[]> pdf) {
        try {
            return pdf.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while rendering certificates", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    @PreDestroy
    void stop() {
        renderers.shutdownNow();
    }

    /** The certificate's row, not saved yet, once its PDF is in the file storage. */
    private CertificateRow kept(ProgramView program, CertificateDesign design, Draft draft, byte[] pdf, @Nullable Long actor, Instant now,
                                @Nullable Long replaces) {
        CRC32 crc = new CRC32();
        crc.update(pdf);
        Instant expires = design.validityMonths() == null ? null
                : ZonedDateTime.ofInstant(now, ZONE).plusMonths(design.validityMonths()).toInstant();
        UserView learner = draft.learner();
        String key;
        try {
            key = storage.store(new ByteArrayInputStream(pdf), (path, size) -> null).key();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the certificate's PDF", e);
        }
        return new CertificateRow(null, program.id(), learner.id(), learner.id(), draft.serial(), draft.code(), CertificateRow.VALID,
                learner.fullName(), program.title(), program.programType(), program.duration(), program.hours(), program.ects(),
                program.startsOn(), program.endsOn(), program.learningOutcomes(), program.provider(), design.signatories(), now, actor,
                draft.candidate().reason(), expires, null, null, null, replaces, null, key, sha256(pdf), pdf.length, crc.getValue(), null);
    }

    /** Saves the rows, their audit events and the learners' emails, each in one batch. */
    private List<CertificateRow> stored(ProgramView program, List<Draft> drafts, List<CertificateRow> rows, @Nullable Long actor) {
        List<CertificateRow> saved = new ArrayList<>();
        certificates.saveAll(rows).forEach(saved::add);
        List<AuditLog.Event> events = new ArrayList<>();
        List<Mail> mails = new ArrayList<>();
        for (int i = 0; i < saved.size(); i++) {
            CertificateRow row = saved.get(i);
            Draft draft = drafts.get(i);
            UserView learner = draft.learner();
            events.add(new AuditLog.Event(row.replaces() != null ? "certificate.reissued" : actor == null ? "certificate.issued"
                    : "certificate.issued_manually", actor, "certificate", row.requireId(), "serial=" + row.serial() + " program="
                    + program.id() + " user=" + learner.id() + (draft.candidate().reason() == null ? "" : " reason=" + draft.candidate().reason())));
            mails.add(new Mail("certification.issued", learner.email(), learner.id(), learner.language(), "certification/issued",
                    Map.of("name", learner.givenName(), "program", program.title(), "serial", row.serial(),
                            "link", verificationUrl(row.verificationCode()), "mine", outbox.link("/my-certificates")), null));
        }
        audit.recordAll(events);
        outbox.queueAll(mails);
        return saved;
    }

    /** A verification code of 160 random bits in base32: 32 letters and digits, unguessable, easy to type from paper. */
    private String code() {
        byte[] bytes = new byte[20];
        random.nextBytes(bytes);
        StringBuilder code = new StringBuilder(32);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                code.append(BASE32[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }
        return code.toString();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
