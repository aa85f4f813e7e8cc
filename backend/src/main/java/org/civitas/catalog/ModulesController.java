package org.civitas.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.civitas.identity.Caller;
import org.civitas.identity.Role;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/** A program's modules, edited by its administrators and trainers. */
@Controller("/api/programs/{programId}/modules")
@Tag(name = "catalog")
@Secured({Role.Names.ADMIN, Role.Names.TRAINER})
class ModulesController {
    private final Modules modules;

    ModulesController(Modules modules) {
        this.modules = modules;
    }

    @Post
    @Operation(summary = "Adds a module at the end of the program")
    @ApiResponse(responseCode = "201", description = "The new module, with Location", content = @Content(schema = @Schema(implementation = ModuleView.class)))
    HttpResponse<ModuleView> add(long programId, Caller caller, @Valid @Body ModuleRequest body) {
        ModuleView created = modules.add(programId, body, caller);
        return HttpResponse.created(created, URI.create("/api/programs/" + programId + "/modules/" + created.id()));
    }

    @Put("/{moduleId}")
    @Operation(summary = "Saves a module's title, description and hours")
    ModuleView update(long programId, long moduleId, Caller caller, @Valid @Body ModuleRequest body) {
        return modules.update(programId, moduleId, body, caller);
    }

    @Delete("/{moduleId}")
    @Operation(summary = "Removes a module; the others close ranks")
    @ApiResponse(responseCode = "204", description = "Removed")
    HttpResponse<Void> delete(long programId, long moduleId, Caller caller) {
        modules.delete(programId, moduleId, caller);
        return HttpResponse.noContent();
    }

    @Put("/order")
    @Operation(summary = "Puts the modules in the given order (every module id of the program, once)")
    List<ModuleView> reorder(long programId, Caller caller, @Valid @Body ModuleOrderRequest body) {
        return modules.reorder(programId, Objects.requireNonNull(body.moduleIds()), caller);
    }
}
