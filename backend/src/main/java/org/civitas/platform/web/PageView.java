package org.civitas.platform.web;

import io.micronaut.data.model.Page;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.function.Function;

/** One page of a list, as every list endpoint answers: items plus where the caller is in the whole. */
@Serdeable
public record PageView<T>(List<T> items, int page, int size, long totalItems, int totalPages) {
    public static <R, T> PageView<T> of(Page<R> rows, Function<R, T> view) {
        return new PageView<>(rows.getContent().stream().map(view).toList(), rows.getPageNumber(), rows.getSize(),
                rows.getTotalSize(), rows.getTotalPages());
    }
}
