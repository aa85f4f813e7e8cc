package org.civitas;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(
        title = "Civitas",
        version = "0.1",
        description = "Training platform for professional qualification programs for public officials. "
                + "Errors are application/problem+json with a stable `code`; state-changing requests "
                + "need the X-CSRF-Token header echoing the civitas_csrf cookie."))
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args).mainClass(Application.class).banner(false).start();
    }
}
