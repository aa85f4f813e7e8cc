package org.civitas.certification;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;

@MappedEntity("certificate_designs")
record CertificateDesignRow(@Id long programId,
                            @TypeDef(type = DataType.STRING, converter = JsonColumns.Designs.class) CertificateDesign design,
                            Instant updatedAt,
                            @Version @Nullable Long version) {
}
