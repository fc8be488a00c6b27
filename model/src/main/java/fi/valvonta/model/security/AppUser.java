package fi.valvonta.model.security;

import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.Auditable;

import fi.valvonta.model.platform.Language;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** A member of staff who signs in. The password is held only as a bcrypt hash. */
@Entity
@Table(name = "app_user")
public class AppUser implements Auditable {

    public static final int USERNAME_LENGTH = 64;
    public static final int DISPLAY_NAME_LENGTH = 120;
    public static final int EMAIL_LENGTH = 254;
    public static final String EMAIL_INVALID = "user.email-invalid";
    public static final String LANGUAGE_UNSUPPORTED = "user.language-unsupported";

    /** One address, no display name, no list: the digest goes to exactly this mailbox. */
    private static final java.util.regex.Pattern EMAIL =
            java.util.regex.Pattern.compile("[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    @Id
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    private Long id;

    @Version
    private long version;

    @NotBlank
    @Size(max = USERNAME_LENGTH)
    @Pattern(regexp = "[a-z0-9._-]+")
    @Column(name = "username", nullable = false, unique = true, length = USERNAME_LENGTH)
    private String username;

    @NotBlank
    @Size(max = DISPLAY_NAME_LENGTH)
    @Column(name = "display_name", nullable = false, length = DISPLAY_NAME_LENGTH)
    private String displayName;

    /** Modular-crypt bcrypt hash ("$2a$12$..."). */
    @Column(name = "password_hash", nullable = false, length = 72)
    private String passwordHash;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    /** A password someone else chose (the bootstrap administrator's): the user must replace it before anything else. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /** Created by demo mode (password "demo"): disabled whenever the server starts without demo mode. */
    @Column(name = "demo", nullable = false)
    private boolean demo;

    /** Where the user's notifications (the daily digest of deadlines) go; none when null. */
    @Size(max = EMAIL_LENGTH)
    @Column(name = "email", length = EMAIL_LENGTH)
    private String email;

    /** The language of the user's notifications: Finnish, Swedish or English. */
    @Enumerated(EnumType.STRING)
    @Column(name = "language", nullable = false, length = 8)
    private Language language = Language.FI;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 32)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected AppUser() {
        // for JPA
    }

    public AppUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    /** A user of demo mode, with the publicly known demo password. */
    public static AppUser demoUser(String username, String displayName, String passwordHash, Set<Role> roles) {
        AppUser user = new AppUser(username, displayName, passwordHash, roles);
        user.demo = true;
        return user;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public boolean isActive() {
        return active;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    /** The password was given to the user, not chosen by them: they must change it at first sign-in. */
    public void requirePasswordChange() {
        this.passwordChangeRequired = true;
    }

    /** A password of the user's own choosing replaces the old one, and ends any required change. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        this.passwordChangeRequired = false;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    public Language language() {
        return language == null ? Language.FI : language;
    }

    /**
     * Where and in which language the user gets notifications: one e-mail address (null or blank: none)
     * and Finnish, Swedish or English (null: Finnish).
     */
    public void changeContact(String newEmail, Language newLanguage) {
        String e = newEmail == null || newEmail.isBlank() ? null : newEmail.strip();
        if (e != null && (e.length() > EMAIL_LENGTH || !EMAIL.matcher(e).matches())) {
            throw new RuleViolationException(EMAIL_INVALID, "email", "one e-mail address, e.g. etunimi.sukunimi@lvv.fi");
        }
        Language l = newLanguage == null ? Language.FI : newLanguage;
        if (l != Language.FI && l != Language.SV && l != Language.EN) {
            throw new RuleViolationException(LANGUAGE_UNSUPPORTED, "language", "notifications are in Finnish, Swedish or English");
        }
        this.email = e;
        this.language = l;
    }

    public boolean isDemo() {
        return demo;
    }

    public void deactivate() {
        this.active = false;
    }

    /** Demo mode starts again: its users, disabled while it was off, sign in again. Only for demo users. */
    public void reactivateDemoUser() {
        if (!demo) {
            throw new IllegalStateException(username + " is no demo user");
        }
        this.active = true;
    }

    /** The user's roles from now on; at least one. */
    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new RuleViolationException("user.roles-required", "roles",
                    "a user holds at least one role");
        }
        this.roles.clear();
        this.roles.addAll(newRoles);
    }

    @Override
    public AuditedType auditedType() {
        return AuditedType.APP_USER;
    }

    @Override
    public long auditedId() {
        return id;
    }

    /** The user name and roles; never the display name or the password hash. */
    @Override
    public String auditSummary() {
        return username + " " + roles();
    }
}
