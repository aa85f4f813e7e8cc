package org.civitas.identity;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import jakarta.inject.Singleton;
import org.jspecify.annotations.Nullable;

/**
 * Argon2id at OWASP's minimum (19 MiB, 2 iterations, 1 lane). A hash made with weaker settings is
 * replaced at the next successful login, so raising the cost here upgrades every account in time.
 */
@Singleton
class PasswordHasher {
    static final int MEMORY_KIB = 19 * 1024;
    static final int ITERATIONS = 2;
    private static final Argon2Function ARGON2 = Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, 1, 32, Argon2.ID, 19);
    // Verified against when the email is unknown, so both answers take the same time. Made on
    // first need rather than at start-up, where an Argon2 hash would cost about 0.15 s.
    private volatile @Nullable String decoy;

    String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
    }

    boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    void spendTimeLikeAVerification(String password) {
        String hash = decoy;
        if (hash == null) {
            hash = hash("decoy password that no account has");
            decoy = hash;
        }
        matches(password, hash);
    }

    boolean needsRehash(String hash) {
        try {
            Argon2Function used = Argon2Function.getInstanceFromHash(hash);
            return used.getVariant() != Argon2.ID || used.getMemory() < MEMORY_KIB || used.getIterations() < ITERATIONS;
        } catch (RuntimeException malformed) {
            return true;
        }
    }
}
