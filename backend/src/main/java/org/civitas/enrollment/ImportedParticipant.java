package org.civitas.enrollment;

import io.micronaut.serde.annotation.Serdeable;
import org.jspecify.annotations.Nullable;

import java.util.List;

/**
 * One row of a participant list as read, with what is wrong with it, and, for a row without
 * problems, what importing it would do: a new account or an existing one (with its email proven
 * or not), already admitted or not.
 */
@Serdeable
record ImportedParticipant(int line, String email, String surname, String givenName, @Nullable String patronymic,
                           @Nullable String phone, @Nullable String region, @Nullable String organization,
                           @Nullable String position, @Nullable String category, List<RowProblem> problems,
                           @Nullable Boolean existingAccount, @Nullable Boolean alreadyAdmitted,
                           @Nullable Boolean unverifiedAccount) {

    /** A field at fault with its stable code; arguments fill the message (a line number, a limit). */
    @Serdeable
    record RowProblem(String field, String code, List<Integer> arguments) {
    }

    boolean valid() {
        return problems.isEmpty();
    }

    /** A good row that matches an account whose owner never proved the address: admitted only if the administrator says so. */
    boolean unverified() {
        return Boolean.TRUE.equals(unverifiedAccount);
    }

    ImportedParticipant matched(boolean existing, boolean admitted, boolean unverifiedEmail) {
        return new ImportedParticipant(line, email, surname, givenName, patronymic, phone, region, organization, position,
                category, problems, existing, admitted, unverifiedEmail);
    }
}
