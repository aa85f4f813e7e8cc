package org.civitas.assessment;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.catalog.ProgramAccess;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.jspecify.annotations.Nullable;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tree of a bank's categories: listed in tree order with their paths, edited by the program's
 * staff, and grown by imports from the paths their files name.
 */
@Singleton
class Categories {
    private final CategoryRepository categories;
    private final QuestionRepository questions;
    private final ProgramAccess access;
    private final AuditLog audit;
    private final Clock clock;

    Categories(CategoryRepository categories, QuestionRepository questions, ProgramAccess access, AuditLog audit, Clock clock) {
        this.categories = categories;
        this.questions = questions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
    }

    /** The program's categories, depth first, siblings by name. */
    List<BankViews.CategoryView> list(long programId, Caller caller) {
        access.requireManage(programId, caller);
        Map<Long, Long> counts = questions.countByCategory(programId).stream()
                .collect(Collectors.toMap(CategoryCount::categoryId, CategoryCount::questions));
        Tree tree = tree(programId);
        List<BankViews.CategoryView> views = new ArrayList<>();
        tree.walk(null, row -> views.add(new BankViews.CategoryView(row.requireId(), row.parentId(), row.name(),
                tree.path(row.requireId()), counts.getOrDefault(row.requireId(), 0L))));
        return views;
    }

    @Transactional
    BankViews.CategoryView create(long programId, BankViews.CategoryRequest request, Caller caller) {
        access.requireManage(programId, caller);
        Long parentId = request.parentId();
        if (parentId != null) {
            inProgram(parentId, programId);
        }
        CategoryRow saved = save(new CategoryRow(null, programId, parentId, Objects.requireNonNull(request.name()).strip(),
                clock.instant()));
        audit.record("question_category.created", caller.id(), "program", programId, null, "category=" + saved.id());
        return view(saved, tree(programId));
    }

    @Transactional
    BankViews.CategoryView update(long categoryId, BankViews.CategoryRequest request, Caller caller) {
        CategoryRow row = categories.findById(categoryId).orElseThrow(ApiException::notFound);
        access.requireManage(row.programId(), caller);
        Long parentId = request.parentId();
        Tree tree = tree(row.programId());
        if (parentId != null) {
            inProgram(parentId, row.programId());
            if (tree.lineage(parentId).contains(categoryId)) {
                throw ApiException.invalidField("parentId", "category_cycle");
            }
        }
        CategoryRow saved = update(new CategoryRow(row.id(), row.programId(), parentId,
                Objects.requireNonNull(request.name()).strip(), row.createdAt()));
        return view(saved, tree(row.programId()));
    }

    @Transactional
    void delete(long categoryId, Caller caller) {
        CategoryRow row = categories.findById(categoryId).orElseThrow(ApiException::notFound);
        access.requireManage(row.programId(), caller);
        boolean hasChildren = categories.findByProgramIdOrderByName(row.programId()).stream()
                .anyMatch(c -> Objects.equals(c.parentId(), categoryId));
        if (hasChildren || questions.countByCategoryIdAndDeletedAtIsNull(categoryId) > 0) {
            throw new ApiException(HttpStatus.CONFLICT, "category_not_empty");
        }
        try {
            categories.deleteById(categoryId);
        } catch (DataAccessException usedByDeletedQuestions) {
            // questions taken out of the bank still point here for their past attempts
            throw new ApiException(HttpStatus.CONFLICT, "category_not_empty");
        }
        audit.record("question_category.deleted", caller.id(), "program", row.programId(), null, "category=" + categoryId);
    }

    /** Makes categories from paths, reading the bank's categories once however many paths follow (an import's questions). */
    Paths paths(long programId) {
        return new Paths(programId);
    }

    /** The categories of one bank by parent and name (ignoring case), grown as paths make new ones. */
    final class Paths {
        /** The bank's default category: "За замовчуванням", as Moodle's "Default for …". */
        private static final List<String> DEFAULT = List.of("За замовчуванням");
        private final long programId;
        private final Map<String, CategoryRow> byKey = new HashMap<>();

        private Paths(long programId) {
            this.programId = programId;
            categories.findByProgramIdOrderByName(programId).forEach(row -> byKey.put(key(row.parentId(), row.name()), row));
        }

        /** The category under {@code under} at this path, made where missing; the default category for no path at the root. */
        long at(@Nullable Long under, List<String> path) {
            List<String> names = under == null && path.isEmpty() ? DEFAULT : path;
            Long parent = under;
            for (String rawName : names) {
                String name = rawName.strip().isEmpty() ? "—" : truncate(rawName.strip());
                CategoryRow existing = byKey.get(key(parent, name));
                if (existing == null) {
                    existing = save(new CategoryRow(null, programId, parent, name, clock.instant()));
                    byKey.put(key(parent, name), existing);
                }
                parent = existing.requireId();
            }
            return Objects.requireNonNull(parent);
        }
    }

    CategoryRow inProgram(long categoryId, long programId) {
        return categories.findById(categoryId).filter(c -> c.programId() == programId)
                .orElseThrow(() -> ApiException.invalidField("categoryId", "category_not_found"));
    }

    /** The category and every one below it. */
    Set<Long> withDescendants(long programId, long categoryId) {
        Tree tree = tree(programId);
        Set<Long> ids = new HashSet<>();
        ids.add(categoryId);
        tree.walk(categoryId, row -> ids.add(row.requireId()));
        return ids;
    }

    Tree tree(long programId) {
        return new Tree(categories.findByProgramIdOrderByName(programId));
    }

    private CategoryRow save(CategoryRow row) {
        try {
            return categories.save(row);
        } catch (DataAccessException duplicate) {
            throw ApiException.conflict("category_exists", "name");
        }
    }

    private CategoryRow update(CategoryRow row) {
        try {
            return categories.update(row);
        } catch (DataAccessException duplicate) {
            throw ApiException.conflict("category_exists", "name");
        }
    }

    private BankViews.CategoryView view(CategoryRow row, Tree tree) {
        return new BankViews.CategoryView(row.requireId(), row.parentId(), row.name(), tree.path(row.requireId()),
                questions.countByCategoryIdAndDeletedAtIsNull(row.requireId()));
    }

    private static String key(@Nullable Long parent, String name) {
        return parent + "/" + name.toLowerCase(java.util.Locale.ROOT);
    }

    private static String truncate(String name) {
        return name.length() <= 255 ? name : name.substring(0, 255);
    }

    /** The categories of one bank, walkable from any node, with each one's path from the root. */
    static final class Tree {
        private final Map<Long, CategoryRow> byId = new HashMap<>();
        private final Map<Long, List<CategoryRow>> children = new HashMap<>();

        Tree(List<CategoryRow> rows) {
            for (CategoryRow row : rows) {
                byId.put(row.requireId(), row);
                children.computeIfAbsent(row.parentId() == null ? 0L : row.parentId(), k -> new ArrayList<>()).add(row);
            }
            children.values().forEach(list -> list.sort(Comparator.comparing(CategoryRow::name, String.CASE_INSENSITIVE_ORDER)));
        }

        /** Every category below {@code from} (the root when null), depth first. */
        void walk(@Nullable Long from, java.util.function.Consumer<CategoryRow> visit) {
            for (CategoryRow child : children.getOrDefault(from == null ? 0L : from, List.of())) {
                visit.accept(child);
                walk(child.requireId(), visit);
            }
        }

        /** The names from the root down to the category. */
        List<String> path(long categoryId) {
            List<String> path = new ArrayList<>();
            for (Long id : lineage(categoryId)) {
                path.addFirst(byId.get(id).name());
            }
            return path;
        }

        /** The category and its ancestors, nearest first. */
        List<Long> lineage(long categoryId) {
            List<Long> ids = new ArrayList<>();
            Long current = categoryId;
            while (current != null && byId.containsKey(current) && !ids.contains(current)) {
                ids.add(current);
                current = byId.get(current).parentId();
            }
            return ids;
        }
    }
}
