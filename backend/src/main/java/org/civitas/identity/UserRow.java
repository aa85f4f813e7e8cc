package org.civitas.identity;

import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.model.DataType;
import org.jspecify.annotations.Nullable;

import java.time.Instant;
import java.util.Set;

@MappedEntity("users")
record UserRow(@Id @GeneratedValue @Nullable Long id,
               String email,
               /* null until the owner of an account made for them sets a password */
               @Nullable String passwordHash,
               String surname,
               String givenName,
               @Nullable String patronymic,
               @TypeDef(type = DataType.STRING, converter = RolesConverter.class) Set<Role> roles,
               boolean enabled,
               Instant createdAt,
               Instant updatedAt,
               @Nullable Instant lastLoginAt,
               /* set for an account whose password someone else chose: its owner must choose their own */
               boolean passwordChangeRequired,
               /* when the owner proved they read mail at the address */
               @Nullable Instant emailVerifiedAt,
               /* the language of the person's messages: uk or en */
               String language,
               @Version @Nullable Long version) {

    long requireId() {
        if (id == null) {
            throw new IllegalStateException("user not saved yet");
        }
        return id;
    }

    String fullName() {
        return patronymic == null ? surname + " " + givenName : surname + " " + givenName + " " + patronymic;
    }

    UserRow withRoles(Set<Role> newRoles, Instant now) {
        return new UserRow(id, email, passwordHash, surname, givenName, patronymic, Set.copyOf(newRoles), enabled, createdAt, now,
                lastLoginAt, passwordChangeRequired, emailVerifiedAt, language, version);
    }

    /** The password its owner chose; nobody else's choice is left to change. */
    UserRow withOwnPassword(String newHash, Instant now) {
        return new UserRow(id, email, newHash, surname, givenName, patronymic, roles, enabled, createdAt, now, lastLoginAt,
                false, emailVerifiedAt, language, version);
    }

    /** The owner used a link that reached them at the address (a password link): the address is theirs. */
    UserRow withEmailVerified(Instant now) {
        return new UserRow(id, email, passwordHash, surname, givenName, patronymic, roles, enabled, createdAt, now, lastLoginAt,
                passwordChangeRequired, emailVerifiedAt == null ? now : emailVerifiedAt, language, version);
    }

    /** The address the owner proved is theirs, if it is still the account's address. */
    boolean emailVerified() {
        return emailVerifiedAt != null;
    }

    /** A new address is not proven yet, whatever the old one was. */
    UserRow withEmail(String newEmail, Instant now) {
        return new UserRow(id, newEmail, passwordHash, surname, givenName, patronymic, roles, enabled, createdAt, now, lastLoginAt,
                passwordChangeRequired, null, language, version);
    }

    UserRow withLanguage(String newLanguage, Instant now) {
        return new UserRow(id, email, passwordHash, surname, givenName, patronymic, roles, enabled, createdAt, now, lastLoginAt,
                passwordChangeRequired, emailVerifiedAt, newLanguage, version);
    }

    UserRow withEnabled(boolean newEnabled, Instant now) {
        return new UserRow(id, email, passwordHash, surname, givenName, patronymic, roles, newEnabled, createdAt, now, lastLoginAt,
                passwordChangeRequired, emailVerifiedAt, language, version);
    }
}
