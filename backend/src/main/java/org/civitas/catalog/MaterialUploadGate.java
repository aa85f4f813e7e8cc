package org.civitas.catalog;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import org.civitas.identity.Caller;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.errors.ProblemResponses;
import org.jspecify.annotations.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks an upload's caller against the program before a byte of the body is read. Without this,
 * an upload that leaves out an optional field (moduleId) is spooled whole to disk by the framework
 * before {@link MaterialsController#upload} can refuse it: a stranger could fill the disk with
 * uploads to any program.
 */
@ServerFilter("/api/programs/*/materials")
class MaterialUploadGate implements Ordered {
    private static final Pattern PATH = Pattern.compile("/api/programs/(\\d{1,18})/materials");
    private final ProgramAccess access;
    private final ProblemResponses problems;

    MaterialUploadGate(ProgramAccess access, ProblemResponses problems) {
        this.access = access;
        this.problems = problems;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable MutableHttpResponse<?> check(HttpRequest<?> request) {
        Matcher path = PATH.matcher(request.getPath());
        var authentication = request.getUserPrincipal(Authentication.class);
        if (request.getMethod() != HttpMethod.POST || !path.matches() || authentication.isEmpty()) {
            return null; // not an upload, or anonymous: the route's own rule answers
        }
        try {
            access.managed(Long.parseLong(path.group(1)), Caller.of(authentication.get()));
            return null;
        } catch (ApiException refused) {
            return problems.of(request, refused);
        }
    }

    @Override
    public int getOrder() {
        // after the security filter, so the caller is known
        return ServerFilterPhase.SECURITY.after();
    }
}
