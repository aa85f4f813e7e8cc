package org.civitas.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAtTheOwaspMinimum() {
        String hash = hasher.hash("Зелений кит пливе 42");
        assertTrue(hash.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), hash);
        assertNotEquals(hash, hasher.hash("Зелений кит пливе 42"), "salted");
        assertTrue(hasher.matches("Зелений кит пливе 42", hash));
        assertFalse(hasher.matches("зелений кит пливе 42", hash));
        assertFalse(hasher.needsRehash(hash));
    }

    @Test
    void weakerHashesAreReplacedAtLogin() {
        String weak = Password.hash("old password").addRandomSalt(16)
                .with(Argon2Function.getInstance(4096, 1, 1, 32, Argon2.ID, 19)).getResult();
        assertTrue(hasher.matches("old password", weak));
        assertTrue(hasher.needsRehash(weak));
        String argon2i = Password.hash("old password").addRandomSalt(16)
                .with(Argon2Function.getInstance(19456, 2, 1, 32, Argon2.I, 19)).getResult();
        assertTrue(hasher.needsRehash(argon2i));
    }

    @Test
    void aMalformedStoredHashNeverMatches() {
        assertFalse(hasher.matches("anything", "not a hash"));
        assertTrue(hasher.needsRehash("not a hash"));
    }
}
