package org.civitas.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.data.model.Pageable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.civitas.platform.audit.AuditLog;
import org.civitas.platform.errors.ApiException;
import org.civitas.platform.web.PageView;
import org.civitas.platform.web.RateLimiter;
import org.civitas.platform.web.SearchPattern;
import org.jspecify.annotations.Nullable;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The identity feature's entry point: sign-up, login, and administration of users. Other features
 * reach users only through this class.
 */
@Singleton
public class Accounts {
    private final UserRepository users;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Sessions sessions;
    private final PasswordLinks passwordLinks;
    private final EmailVerifications verifications;
    private final SecurityNotices notices;
    private final RateLimiter limits;
    private final IdentitySettings settings;
    private final AuditLog audit;
    private final ApplicationEventPublisher<RolesChanged> rolesChanged;
    private final Clock clock;

    Accounts(UserRepository users, PasswordHasher hasher, LoginThrottle throttle, Sessions sessions,
             PasswordLinks passwordLinks, EmailVerifications verifications, SecurityNotices notices, RateLimiter limits,
             IdentitySettings settings, AuditLog audit, ApplicationEventPublisher<RolesChanged> rolesChanged, Clock clock) {
        this.verifications = verifications;
        this.notices = notices;
        this.rolesChanged = rolesChanged;
        this.users = users;
        this.hasher = hasher;
        this.throttle = throttle;
        this.sessions = sessions;
        this.passwordLinks = passwordLinks;
        this.limits = limits;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** The user's public facts, for other features. */
    public Optional<UserView> find(long userId) {
        return users.findById(userId).map(UserView::of);
    }

    /** The user with this email (compared as normalized), for other features matching people to accounts. */
    public Optional<UserView> findByEmail(String email) {
        return users.findByEmail(normalizeEmail(email)).map(UserView::of);
    }

    /** The users with these emails (normalized), by email; a thousand at a time go to the database. */
    public Map<String, UserView> findByEmails(Collection<String> emails) {
        List<String> normalized = emails.stream().map(Accounts::normalizeEmail).distinct().toList();
        Map<String, UserView> found = new HashMap<>();
        for (int from = 0; from < normalized.size(); from += 1000) {
            users.findByEmailIn(normalized.subList(from, Math.min(normalized.size(), from + 1000)))
                    .forEach(row -> found.put(row.email(), UserView.of(row)));
        }
        return found;
    }

    /**
     * Creates a learner account for someone else, without a password: its owner sets one through
     * a link from {@link #passwordLink}. An existing email is refused with 409 email_taken.
     */
    @Transactional
    public UserView createWithoutPassword(String email, String surname, String givenName, @Nullable String patronymic,
                                          long actorId) {
        String normalized = normalizeEmail(email);
        if (users.existsByEmail(normalized)) {
            throw ApiException.conflict("email_taken", "email");
        }
        Instant now = clock.instant();
        UserRow saved = insert(new UserRow(null, normalized, null, normalizeName(surname), normalizeName(givenName),
                patronymic == null || patronymic.isBlank() ? null : normalizeName(patronymic),
                EnumSet.of(Role.LEARNER), true, now, now, null, false, null, "uk", null));
        audit.record("user.created_without_password", actorId, "user", saved.id(), null, null);
        return UserView.of(saved);
    }

    /** The language the user reads their messages in: uk or en. */
    @Transactional
    public void setLanguage(long userId, String language) {
        UserRow user = users.findById(userId).orElseThrow(ApiException::notFound);
        if (!user.language().equals(language)) {
            users.update(user.withLanguage(language, clock.instant()));
        }
    }

    /** A new one-time link for the user to set their password; it replaces their open one. */
    public PasswordLink passwordLink(long userId, long actorId) {
        return passwordLinks.issue(userId, actorId);
    }

    /** The same, and, when asked to, sent to the user's address as well. */
    @Transactional
    PasswordLink passwordLink(long userId, long actorId, boolean send) {
        PasswordLink link = passwordLinks.issue(userId, actorId);
        if (!send) {
            return link;
        }
        notices.passwordLink(users.findById(userId).orElseThrow(ApiException::notFound), link, false);
        audit.record("user.password_link_sent", actorId, "user", userId, null, null);
        return new PasswordLink(link.userId(), link.email(), link.fullName(), link.path(), link.expiresAt(), true);
    }

    MeView me(long userId) {
        return users.findById(userId).map(MeView::of).orElseThrow(ApiException::notFound);
    }

    /** Creates a learner; the caller signs them in, so this counts as their first login. */
    @Transactional
    MeView signUp(SignupRequest request, String language, @Nullable String client) {
        throttled(limits.acquire("signup:" + clientKey(client), settings.maxSignupsPerClient(), settings.throttleWindow()));
        String email = normalizeEmail(required(request.email()));
        String surname = normalizeName(required(request.surname()));
        String givenName = normalizeName(required(request.givenName()));
        String patronymic = request.patronymic() == null || request.patronymic().isBlank() ? null : normalizeName(request.patronymic());
        String password = required(request.password());
        PasswordPolicy.check("password", password, personalWords(email, surname, givenName, patronymic));
        if (users.existsByEmail(email)) {
            throw ApiException.conflict("email_taken", "email");
        }
        Instant now = clock.instant();
        UserRow saved = insert(new UserRow(null, email, hasher.hash(password), surname, givenName, patronymic,
                EnumSet.of(Role.LEARNER), true, now, now, now, false, null, language, null));
        audit.record("user.signed_up", saved.id(), "user", saved.id(), client, null);
        verifications.send(saved);
        return MeView.of(saved);
    }

    /**
     * Checks the credentials. Unknown email and wrong password give the same answer in the same
     * time; past the throttle limits the answer is 429 whatever the password.
     */
    MeView logIn(LoginRequest request, @Nullable String client) {
        String email = normalizeEmail(required(request.email()));
        String password = required(request.password());
        String clientKey = clientKey(client);
        Optional<UserRow> found = users.findByEmail(email);
        // the lookup ignores case and accents: so must the count, or "ádmin@" would get fresh tries at "admin@"
        String account = found.map(u -> "account:" + u.id()).orElse("email:" + foldEmail(email));
        Optional<Duration> wait = throttle.reserve(account, clientKey);
        if (wait.isPresent()) {
            audit.record("login.throttled", found.map(UserRow::id).orElse(null), "user", found.map(UserRow::id).orElse(null),
                    client, "email=" + email);
            throttled(wait);
        }
        String hash = found.map(UserRow::passwordHash).orElse(null);
        if (hash == null) {
            // unknown, or an account whose owner has not set a password yet: the same answer, in the same time
            hasher.spendTimeLikeAVerification(password);
        }
        if (hash == null || !hasher.matches(password, hash)) {
            audit.record("login.failed", found.map(UserRow::id).orElse(null), "user", found.map(UserRow::id).orElse(null),
                    client, "email=" + email);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "invalid_credentials");
        }
        UserRow user = found.get();
        if (!user.enabled()) {
            audit.record("login.refused_disabled", user.id(), "user", user.id(), client, null);
            throw new ApiException(HttpStatus.FORBIDDEN, "account_disabled");
        }
        throttle.succeeded(account, clientKey);
        users.recordLogin(user.requireId(), clock.instant(), hasher.needsRehash(hash) ? hasher.hash(password) : hash);
        audit.record("login.succeeded", user.id(), "user", user.id(), client, null);
        return MeView.of(user);
    }

    PageView<UserView> search(@Nullable String query, @Nullable Role role, @Nullable Boolean enabled, int page, int size) {
        return PageView.of(users.search(SearchPattern.contains(query), role == null ? null : role.code(), enabled, Pageable.from(page, size)), UserView::of);
    }

    UserView user(long userId) {
        return users.findById(userId).map(UserView::of).orElseThrow(ApiException::notFound);
    }

    @Transactional
    UserView changeRoles(long actorId, long userId, List<Role> roles, @Nullable String client) {
        UserRow user = users.findById(userId).orElseThrow(ApiException::notFound);
        Set<Role> wanted = EnumSet.copyOf(roles);
        if (actorId == userId && user.roles().contains(Role.ADMIN) && !wanted.contains(Role.ADMIN)) {
            throw ApiException.conflict("cannot_demote_self", "roles");
        }
        UserRow saved = users.update(user.withRoles(wanted, clock.instant()));
        audit.record("user.roles_changed", actorId, "user", userId, client,
                "from=" + codes(user.roles()) + " to=" + codes(wanted));
        rolesChanged.publishEvent(new RolesChanged(userId, user.roles(), wanted));
        return UserView.of(saved);
    }

    @Transactional
    UserView setEnabled(long actorId, long userId, boolean enabled, @Nullable String client) {
        UserRow user = users.findById(userId).orElseThrow(ApiException::notFound);
        if (actorId == userId && !enabled) {
            throw ApiException.conflict("cannot_disable_self", null);
        }
        UserRow saved = user.enabled() == enabled ? user : users.update(user.withEnabled(enabled, clock.instant()));
        if (!enabled) {
            sessions.closeAll(userId);
        }
        audit.record(enabled ? "user.enabled" : "user.disabled", actorId, "user", userId, client, null);
        return UserView.of(saved);
    }

    enum FirstAdmin { ALREADY_THERE, CREATED, PROMOTED }

    /** Makes sure the platform has an administrator: creates one, or promotes the user with that email. */
    @Transactional
    FirstAdmin createFirstAdmin(String email, String password, boolean generated, @Nullable String client) {
        if (users.countAdmins() > 0) {
            return FirstAdmin.ALREADY_THERE;
        }
        String normalized = normalizeEmail(email);
        Instant now = clock.instant();
        Optional<UserRow> existing = users.findByEmail(normalized);
        UserRow admin = existing.isPresent()
                ? users.update(existing.get().withRoles(EnumSet.of(Role.ADMIN, Role.LEARNER), now).withEnabled(true, now))
                // the operator chose this address: nobody else could have registered it first
                : users.save(new UserRow(null, normalized, hasher.hash(password), "Адміністратор", "Civitas", null,
                EnumSet.of(Role.ADMIN), true, now, now, null, generated, now, "uk", null));
        audit.record("user.first_admin_created", null, "user", admin.id(), client, null);
        return existing.isPresent() ? FirstAdmin.PROMOTED : FirstAdmin.CREATED;
    }

    /**
     * The signed-in user replaces their password, proving they know the current one; wrong guesses
     * count against the account as failed logins do. Their other sessions end; this one goes on.
     */
    @Transactional
    void changePassword(Caller caller, String sessionHash, String currentPassword, String newPassword, @Nullable String client) {
        UserRow user = users.findById(caller.id()).orElseThrow(ApiException::notFound);
        String account = "account:" + user.id();
        String clientKey = clientKey(client);
        throttled(throttle.reserve(account, clientKey));
        if (user.passwordHash() == null || !hasher.matches(currentPassword, user.passwordHash())) {
            audit.record("user.password_change_refused", user.id(), "user", user.id(), client, null);
            throw ApiException.invalidField("currentPassword", "wrong_password");
        }
        throttle.succeeded(account, clientKey);
        PasswordPolicy.check("newPassword", newPassword, personalWords(user.email(), user.surname(), user.givenName(), user.patronymic()));
        if (hasher.matches(newPassword, user.passwordHash())) {
            throw ApiException.invalidField("newPassword", "same_as_current");
        }
        UserRow saved = users.update(user.withOwnPassword(hasher.hash(newPassword), clock.instant()));
        sessions.closeAllExcept(user.requireId(), sessionHash);
        audit.record("user.password_changed", user.id(), "user", user.id(), client, null);
        notices.passwordChanged(saved);
    }

    /**
     * The signed-in user moves their account to another address, proving who they are with their
     * password. The new address gets a link to prove it; the old one is told, in case it was not them.
     */
    @Transactional
    MeView changeEmail(Caller caller, String newEmail, String currentPassword, @Nullable String client) {
        UserRow user = users.findById(caller.id()).orElseThrow(ApiException::notFound);
        String account = "account:" + user.id();
        String clientKey = clientKey(client);
        throttled(throttle.reserve(account, clientKey));
        if (user.passwordHash() == null || !hasher.matches(currentPassword, user.passwordHash())) {
            audit.record("user.email_change_refused", user.id(), "user", user.id(), client, null);
            throw ApiException.invalidField("currentPassword", "wrong_password");
        }
        throttle.succeeded(account, clientKey);
        String email = normalizeEmail(newEmail);
        if (email.equals(user.email())) {
            return MeView.of(user);
        }
        if (users.existsByEmail(email)) {
            throw ApiException.conflict("email_taken", "email");
        }
        UserRow saved;
        try {
            saved = users.update(user.withEmail(email, clock.instant()));
        } catch (DataAccessException e) {
            throw ApiException.conflict("email_taken", "email");
        }
        notices.emailChanged(user, email);
        verifications.send(saved);
        audit.record("user.email_changed", user.id(), "user", user.id(), client, null);
        return MeView.of(saved);
    }

    /** A new account; a parallel insert of the same email loses on the unique key and gets 409, not 500. */
    private UserRow insert(UserRow row) {
        try {
            return users.save(row);
        } catch (DataAccessException e) {
            if (users.existsByEmail(row.email())) {
                throw ApiException.conflict("email_taken", "email");
            }
            throw e;
        }
    }

    /** 429 with Retry-After when a limit says to wait. */
    static void throttled(Optional<Duration> wait) {
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            throw new ApiException(HttpStatus.TOO_MANY_REQUESTS, "too_many_attempts", List.of(),
                    Map.of("Retry-After", String.valueOf(seconds)));
        }
    }

    static String clientKey(@Nullable String client) {
        return client == null ? "unknown" : client;
    }

    /** The email as the database compares it: case and accents ignored. */
    static String foldEmail(String email) {
        return Normalizer.normalize(email, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String codes(Set<Role> roles) {
        return String.join(",", roles.stream().sorted().map(Role::code).toList());
    }

    static List<String> personalWords(String email, String surname, String givenName, @Nullable String patronymic) {
        return patronymic == null ? List.of(email, email.split("@")[0], surname, givenName)
                : List.of(email, email.split("@")[0], surname, givenName, patronymic);
    }

    static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    private static String normalizeName(String name) {
        return Normalizer.normalize(name.strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
    }

    private static String required(@Nullable String value) {
        if (value == null) {
            throw new IllegalArgumentException("validated before reaching here");
        }
        return value;
    }
}
