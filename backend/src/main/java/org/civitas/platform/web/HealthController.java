package org.civitas.platform.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import io.micronaut.jdbc.DataSourceResolver;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

@Controller("/health")
@Tag(name = "platform")
@Secured(SecurityRule.IS_ANONYMOUS)
class HealthController {
    private final DataSource dataSource;

    HealthController(DataSource dataSource, DataSourceResolver resolver) {
        // the pool itself, not the transaction-bound proxy: the check borrows and returns a connection
        this.dataSource = resolver.resolve(dataSource);
    }

    @Serdeable
    record Health(String status) {
    }

    @Get
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "UP when the platform and its database answer, 503 DOWN otherwise")
    HttpResponse<Health> health() {
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(2)) {
                return HttpResponse.ok(new Health("UP"));
            }
        } catch (SQLException e) {
            // reported as DOWN below
        }
        return HttpResponse.<Health>status(HttpStatus.SERVICE_UNAVAILABLE).body(new Health("DOWN"));
    }
}
