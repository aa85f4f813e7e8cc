package org.civitas.identity;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.filters.SecurityFilter;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Gives controllers the {@link Caller} of the request, once the security filter has found who it is. */
@Singleton
class CallerBinder implements TypedRequestArgumentBinder<Caller> {
    private static final Argument<Caller> TYPE = Argument.of(Caller.class);
    private static final String ATTRIBUTE = CallerBinder.class.getName();

    @Override
    public Argument<Caller> argumentType() {
        return TYPE;
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        if (!request.getAttributes().contains(SecurityFilter.KEY)) {
            return BindingResult.unsatisfied();
        }
        Optional<Caller> caller = request.getAttribute(ATTRIBUTE, Caller.class)
                .or(() -> request.getUserPrincipal(Authentication.class).map(Caller::of)
                        .map(c -> {
                            request.setAttribute(ATTRIBUTE, c);
                            return c;
                        }));
        return caller.isPresent() ? () -> caller : BindingResult.empty();
    }
}
