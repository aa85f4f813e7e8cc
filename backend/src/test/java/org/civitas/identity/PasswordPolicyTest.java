package org.civitas.identity;

import org.civitas.platform.errors.ApiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PasswordPolicyTest {
    private static String refusal(String password, List<String> personal) {
        ApiException e = assertThrows(ApiException.class, () -> PasswordPolicy.check("password", password, personal));
        return e.fieldErrors().getFirst().code();
    }

    @Test
    void lengthIsCountedInCharactersNotBytes() {
        assertEquals("too_short", refusal("шість7", List.of()));
        assertDoesNotThrow(() -> PasswordPolicy.check("password", "їжак-ґава-єнот", List.of()));
        assertEquals("too_long", refusal("х".repeat(129), List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"password", "password1", "12345678", "qwertyuiop", "11111111", "abcdefgh", "Passw0rd!"})
    void commonAndTriviallyGuessablePasswordsAreRefused(String password) {
        assertEquals("too_common", refusal(password, List.of()));
    }

    @Test
    void theUsersOwnNameOrEmailIsNotAPassword() {
        assertEquals("too_common", refusal("shevchenko1", List.of("shevchenko@example.org", "shevchenko", "Шевченко", "Тарас")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "Зелений кит пливе 42", "vG7#kq2!Lm", "сонце над Дніпром"})
    void noCompositionRulesJustGuessability(String password) {
        assertDoesNotThrow(() -> PasswordPolicy.check("password", password, List.of()));
    }
}
