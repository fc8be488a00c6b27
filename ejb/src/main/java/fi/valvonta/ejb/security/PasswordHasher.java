package fi.valvonta.ejb.security;

import org.mindrot.jbcrypt.BCrypt;

/** bcrypt in the modular-crypt format ("$2a$..."), the form Elytron's modular-crypt mapper also reads. */
public final class PasswordHasher {

    /** Work factor: about 50-100 ms a check on this class of machine. */
    static final int COST = 10;

    // a valid hash to check against when the user does not exist, so timing does not reveal usernames
    private static final String DUMMY = BCrypt.hashpw("not-a-password", BCrypt.gensalt(COST));

    private PasswordHasher() {
    }

    public static String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(COST));
    }

    public static boolean matches(String password, String hash) {
        return password != null && hash != null && hash.startsWith("$2") && BCrypt.checkpw(password, hash);
    }

    static void burnTime(String password) {
        BCrypt.checkpw(password == null ? "" : password, DUMMY);
    }
}
