package app.chuangxian.account;

import io.quarkus.elytron.security.common.BcryptUtil;

/** bcrypt hashing of account passwords (cost 12). */
public final class PasswordHashing {
    private static final int COST = 12;

    private PasswordHashing() {}

    public static String hash(String password) {
        return BcryptUtil.bcryptHash(password, COST);
    }

    public static boolean matches(String password, String hash) {
        try {
            return BcryptUtil.matches(password, hash);
        } catch (RuntimeException e) {
            return false;
        }
    }
}
