package org.civitas.certification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The PDF exactly as issued. */
@MappedEntity("certificate_files")
record CertificateFileRow(@Id long certificateId, byte[] pdf) {
}
