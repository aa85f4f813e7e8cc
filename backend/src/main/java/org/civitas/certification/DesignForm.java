package org.civitas.certification;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

/**
 * A program's certificate design as the editor reads and saves it: the design's fields, the version it was
 * read at, and (read only) the key certificates are signed with, so the editor can say when it is a
 * test key.
 */
@Serdeable
record DesignForm(@JsonUnwrapped @Nullable CertificateDesign design, @Nullable Long version,
                  @Nullable SigningKeyInfo signingKey) {
}
