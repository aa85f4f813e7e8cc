package org.civitas.catalog;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.identity.Caller;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.storage.FileNames;
import org.civitas.platform.storage.FileStorage;
import org.civitas.platform.storage.LimitedInputStream;
import org.civitas.platform.storage.StoredFileRemoval;
import org.civitas.platform.web.WebAddresses;
import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Materials of programs and modules: documents and links with a title, an order and a visibility.
 * A program's administrators and trainers manage them; who may read them follows the program:
 * public materials of a published program are for everyone, participants' materials for those
 * {@link ProgramAccess#canReadParticipantContent may}, drafts for their editors only. Whoever may not read a
 * material gets 404, as if it did not exist.
 */
@Singleton
class Materials {
    static final int MAX_TITLE = 300;
    static final int MAX_MATERIALS = 1000;
    private final ProgramAccess access;
    private final ModuleRepository modules;
    private final MaterialRepository materials;
    private final FileStorage storage;
    private final StoredFileRemoval fileRemoval;
    private final MaterialsSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Materials(ProgramAccess access, ModuleRepository modules,
              MaterialRepository materials, FileStorage storage, StoredFileRemoval fileRemoval, MaterialsSettings settings, AuditLog audit, Clock clock) {
        this.access = access;
        this.modules = modules;
        this.materials = materials;
        this.storage = storage;
        this.fileRemoval = fileRemoval;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** A stored file ready to send, with the name and type recorded at upload. */
    record Download(FileStorage.Content content, String contentType, String fileName) {
    }

    List<MaterialView> list(long programId, @Nullable Caller caller) {
        access.requireView(programId, caller);
        boolean participants = access.canReadParticipantContent(programId, caller);
        return materials.findInOrder(programId).stream()
                .filter(m -> participants || MaterialRow.PUBLIC.equals(m.visibility()))
                .map(MaterialView::of).toList();
    }

    Download download(long materialId, @Nullable Caller caller) {
        MaterialRow material = materials.findById(materialId).orElseThrow(ApiException::notFound);
        access.requireView(material.programId(), caller);
        if (!MaterialRow.FILE.equals(material.kind()) || material.storageKey() == null
                || !MaterialRow.PUBLIC.equals(material.visibility()) && !access.canReadParticipantContent(material.programId(), caller)) {
            throw ApiException.notFound();
        }
        FileStorage.Content content = storage.open(material.storageKey()).orElseThrow(ApiException::notFound);
        return new Download(content, Objects.requireNonNull(material.contentType()), Objects.requireNonNull(material.originalName()));
    }

    /**
     * Streams the upload into storage, counting bytes as they arrive: past the limit the partial
     * file is dropped and the caller gets 413. The content must match its extension (see FileTypes).
     * No database transaction is open while the bytes flow.
     */
    MaterialView upload(long programId, Caller caller, @Nullable String title, @Nullable String moduleId,
                        @Nullable String visibility, StreamingFileUpload file) {
        try {
            access.managed(programId, caller);
            List<ApiException.FieldError> problems = new ArrayList<>();
            String cleanTitle = title == null ? "" : title.strip();
            if (cleanTitle.isEmpty()) {
                problems.add(new ApiException.FieldError("title", "required"));
            } else if (cleanTitle.length() > MAX_TITLE) {
                problems.add(new ApiException.FieldError("title", "too_long", MAX_TITLE));
            }
            if (!MaterialRow.PUBLIC.equals(visibility) && !MaterialRow.PARTICIPANTS.equals(visibility)) {
                problems.add(new ApiException.FieldError("visibility", "invalid"));
            }
            Long module = null;
            try {
                module = moduleOf(programId, moduleId == null || moduleId.isBlank() ? null : Long.valueOf(moduleId.strip()));
            } catch (NumberFormatException | ApiException e) {
                problems.add(new ApiException.FieldError("moduleId", "invalid"));
            }
            if (!problems.isEmpty()) {
                throw new ApiException(HttpStatus.BAD_REQUEST, "validation_failed", problems, Map.of());
            }
            String name = FileNames.clean(file.getFilename());
            if (FileTypes.byName(name).isEmpty()) {
                throw fileTypeNotAllowed();
            }
            if (materials.countByProgramId(programId) >= MAX_MATERIALS) {
                throw new ApiException(HttpStatus.CONFLICT, "too_many_materials");
            }
            FileStorage.Stored<FileTypes.FileType> stored;
            try (InputStream in = new LimitedInputStream(file.asInputStream(), settings.maxDocumentSize(), this::fileTooLarge)) {
                stored = storage.store(in, (path, size) -> FileTypes.detect(name, path).orElseThrow(Materials::fileTypeNotAllowed));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                MaterialRow saved = materials.save(new MaterialRow(null, programId, module, MaterialRow.FILE, cleanTitle, null,
                        stored.key(), name, stored.inspected().contentType, stored.size(), Objects.requireNonNull(visibility),
                        materials.nextPosition(programId), caller.id(), clock.instant()));
                audit.record("material.uploaded", caller.id(), "program", programId, null,
                        "material=" + saved.id() + " type=" + stored.inspected().contentType + " size=" + stored.size());
                return MaterialView.of(saved);
            } catch (RuntimeException e) {
                storage.delete(stored.key());
                throw e;
            }
        } catch (RuntimeException e) {
            // whatever was not read of a refused upload is dropped by the framework, not kept
            file.discard();
            throw e;
        }
    }

    @Transactional
    MaterialView addLink(long programId, MaterialLinkRequest request, Caller caller) {
        access.managed(programId, caller);
        String url = Objects.requireNonNull(request.url()).strip();
        if (!WebAddresses.isWebAddress(url)) {
            throw ApiException.invalidField("url", "invalid");
        }
        Long module;
        try {
            module = moduleOf(programId, request.moduleId());
        } catch (ApiException e) {
            throw ApiException.invalidField("moduleId", "invalid");
        }
        if (materials.countByProgramId(programId) >= MAX_MATERIALS) {
            throw new ApiException(HttpStatus.CONFLICT, "too_many_materials");
        }
        MaterialRow saved = materials.save(new MaterialRow(null, programId, module, MaterialRow.LINK,
                Objects.requireNonNull(request.title()).strip(), url, null, null, null, null,
                Objects.requireNonNull(request.visibility()), materials.nextPosition(programId), caller.id(), clock.instant()));
        audit.record("material.link_added", caller.id(), "program", programId, null, "material=" + saved.id());
        return MaterialView.of(saved);
    }

    @Transactional
    List<MaterialView> reorder(long programId, List<Long> materialIds, Caller caller) {
        access.managed(programId, caller);
        List<MaterialRow> current = materials.findInOrder(programId);
        Set<Long> known = new HashSet<>();
        current.forEach(m -> known.add(m.id()));
        if (materialIds.size() != current.size() || !known.equals(new HashSet<>(materialIds))) {
            throw ApiException.invalidField("materialIds", "not_the_program_materials");
        }
        Map<Long, MaterialRow> byId = new HashMap<>();
        current.forEach(m -> byId.put(m.id(), m));
        for (int position = 0; position < materialIds.size(); position++) {
            MaterialRow material = byId.get(materialIds.get(position));
            if (material.position() != position) {
                materials.update(material.withPosition(position));
            }
        }
        audit.record("material.reordered", caller.id(), "program", programId, null, "order=" + materialIds);
        return materials.findInOrder(programId).stream().map(MaterialView::of).toList();
    }

    @Transactional
    void delete(long programId, long materialId, Caller caller) {
        access.managed(programId, caller);
        MaterialRow material = materials.findByIdAndProgramId(materialId, programId).orElseThrow(ApiException::notFound);
        materials.delete(material);
        audit.record("material.deleted", caller.id(), "program", programId, null,
                "material=" + materialId + " kind=" + material.kind());
        if (material.storageKey() != null) {
            fileRemoval.removeAfterCommit(List.of(material.storageKey()));
        }
    }

    private @Nullable Long moduleOf(long programId, @Nullable Long moduleId) {
        if (moduleId == null) {
            return null;
        }
        return modules.findByIdAndProgramId(moduleId, programId).map(ModuleRow::id).orElseThrow(ApiException::notFound);
    }

    ApiException fileTooLarge() {
        return new ApiException(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "file_too_large", List.of(new ApiException.FieldError(
                "file", "file_too_large", Math.max(1, settings.maxDocumentSize() / (1024 * 1024)))), Map.of());
    }

    private static ApiException fileTypeNotAllowed() {
        return new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "file_type_not_allowed",
                List.of(new ApiException.FieldError("file", "file_type_not_allowed")), Map.of());
    }
}
