package org.civitas.certification;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.Objects;
import java.util.Set;

/**
 * The certificate design of each program: administrators set it, trainers of the program read it,
 * and the preview renders a sample certificate with it (saved or not) exactly as issuing would.
 */
@Singleton
class Designs {
    private final CertificateDesignRepository designs;
    private final ProgramAccess access;
    private final CertificateSigner signer;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    Designs(CertificateDesignRepository designs, ProgramAccess access, CertificateSigner signer, AuditLog audit, Validator validator,
            Clock clock) {
        this.designs = designs;
        this.access = access;
        this.signer = signer;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    DesignForm form(long programId, Caller caller) {
        access.requireManage(programId, caller);
        CertificateDesignRow row = designs.findById(programId).orElse(null);
        return new DesignForm(row == null ? CertificateDesign.standard() : row.design(), row == null ? null : row.version(), signer.keyInfo());
    }

    /** The design certificates of the program are issued with now: the saved one, or the standard one. */
    CertificateDesign of(long programId) {
        return designs.findById(programId).map(CertificateDesignRow::design).orElseGet(CertificateDesign::standard);
    }

    DesignForm save(long programId, DesignForm form, Caller caller) {
        access.requireAdmin(programId, caller);
        CertificateDesign design = checked(form.design());
        CertificateDesignRow current = designs.findById(programId).orElse(null);
        Long version = current == null ? null : current.version();
        if (!Objects.equals(form.version(), version)) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        CertificateDesignRow row = new CertificateDesignRow(programId, design, clock.instant(), version);
        CertificateDesignRow saved;
        try {
            saved = current == null ? designs.save(row) : designs.update(row);
        } catch (DataAccessException raced) {
            throw new ApiException(HttpStatus.CONFLICT, "stale_version");
        }
        audit.record("certification.design_changed", caller.id(), "program", programId, null, null);
        return new DesignForm(saved.design(), saved.version(), signer.keyInfo());
    }

    /**
     * The design, once valid and every image in it is a PNG or JPEG that decodes; 400 naming the
     * field otherwise. Validated here rather than as the request's body: its fields travel unwrapped
     * beside the version, so they are named as the JSON names them ({@code language}, not
     * {@code design.language}).
     */
    CertificateDesign checked(@Nullable CertificateDesign design) {
        if (design == null) {
            throw ApiException.invalidField("primaryColor", "required");
        }
        Set<ConstraintViolation<CertificateDesign>> violations = validator.validate(design);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        CertificateDesign d = design;
        if (d.providerLogo() != null && !CertificateDesign.isImage(d.providerLogo())) {
            throw ApiException.invalidField("providerLogo", "image_not_png_or_jpeg");
        }
        for (int i = 0; i < d.partnerLogos().size(); i++) {
            if (!CertificateDesign.isImage(d.partnerLogos().get(i).image())) {
                throw ApiException.invalidField("partnerLogos[" + i + "].image", "image_not_png_or_jpeg");
            }
        }
        return d;
    }
}
