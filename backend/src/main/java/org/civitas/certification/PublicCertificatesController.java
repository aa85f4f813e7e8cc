package org.civitas.certification;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** What anyone may ask of a certificate, without an account: its page by code, and whether a PDF is genuine. */
@Controller("/api/public")
@Tag(name = "certification")
class PublicCertificatesController {
    private final Certificates certificates;
    private final HttpClientAddressResolver addresses;

    PublicCertificatesController(Certificates certificates, HttpClientAddressResolver addresses) {
        this.certificates = certificates;
        this.addresses = addresses;
    }

    @Get("/certificates/{code}")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "A certificate by its verification code: every printed field and its status (valid, revoked with date and "
            + "reason, expired, replaced with the code of the new one). 404 certificate_not_found; 429 too_many_attempts past "
            + "civitas.certificates.lookups-per-minute from one address")
    PublicCertificateView lookup(String code, HttpRequest<?> request) {
        return certificates.lookup(code, addresses.resolve(request));
    }

    @Post(value = "/certificate-checks", consumes = MediaType.MULTIPART_FORM_DATA)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Whether a PDF (part 'file') is a certificate issued here, byte for byte: genuine and which, or not genuine. "
            + "400 not_a_pdf / file_too_large; 429 too_many_attempts")
    Certificates.Check check(StreamingFileUpload file, HttpRequest<?> request) {
        try {
            return certificates.check(file.asInputStream(), addresses.resolve(request));
        } catch (RuntimeException e) {
            file.discard();
            throw e;
        }
    }
}
