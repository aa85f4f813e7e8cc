package org.civitas.catalog;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@MappedEntity("programs")
record ProgramRow(@Id @GeneratedValue @Nullable Long id,
                  String title,
                  String description,
                  String provider,
                  @TypeDef(type = DataType.STRING, converter = PartnersConverter.class) List<Partner> partners,
                  String programType,
                  String duration,
                  int hours,
                  @TypeDef(type = DataType.STRING, converter = LinesConverter.class) List<String> learningOutcomes,
                  String language,
                  @Nullable Instant enrollmentOpensAt,
                  @Nullable Instant enrollmentClosesAt,
                  @Nullable LocalDate startsOn,
                  @Nullable LocalDate endsOn,
                  @Nullable Integer capacity,
                  @Nullable Integer recordingMakeUpPercent,
                  ProgramStatus status,
                  Instant createdAt,
                  Instant updatedAt,
                  @Version @Nullable Long version) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("program not saved yet");
        }
        return id;
    }

    ProgramRow withStatus(ProgramStatus newStatus, Instant now) {
        return new ProgramRow(id, title, description, provider, partners, programType, duration, hours, learningOutcomes,
                language, enrollmentOpensAt, enrollmentClosesAt, startsOn, endsOn, capacity, recordingMakeUpPercent, newStatus, createdAt, now, version);
    }

    boolean enrollmentOpen(Instant now) {
        return status == ProgramStatus.PUBLISHED && enrollmentOpensAt != null && enrollmentClosesAt != null
                && !now.isBefore(enrollmentOpensAt) && now.isBefore(enrollmentClosesAt);
    }
}
