package app.chuangxian.account;

import app.chuangxian.common.error.ApiException;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;
import jakarta.inject.Inject;
import java.util.Arrays;

/**
 * The jar's entry point: without arguments it serves the API; {@code admin create [--username NAME]
 * [--display-name NAME]} creates the first ADMIN (password from ADMIN_PASSWORD, else a generated temporary one
 * printed once) and exits. {@code make admin} runs it.
 */
@QuarkusMain
public class AdminCommand implements QuarkusApplication {
    @Inject
    FirstAdmin firstAdmin;

    @Override
    public int run(String... args) {
        if (args.length == 0) {
            Quarkus.waitForExit();
            return 0;
        }
        if (args.length < 2 || !"admin".equals(args[0]) || !"create".equals(args[1])) {
            System.err.println("usage: java -jar quarkus-run.jar admin create [--username NAME] [--display-name NAME]"
                    + "  (password from ADMIN_PASSWORD, else generated)");
            return 2;
        }
        String username = option(args, "--username", "admin");
        String displayName = option(args, "--display-name", null);
        try {
            FirstAdmin.Created created = firstAdmin.create(username, displayName, System.getenv("ADMIN_PASSWORD"));
            System.out.println("Created ADMIN account '" + created.username() + "' (id " + created.id() + ").");
            if (created.temporaryPassword() != null) {
                System.out.println("Temporary password (shown once): " + created.temporaryPassword());
            }
            System.out.println("It must choose its own password at the first sign-in.");
            return 0;
        } catch (ApiException e) {
            System.err.println("Not created: " + e.getMessage());
            return 1;
        }
    }

    private static String option(String[] args, String name, String fallback) {
        int at = Arrays.asList(args).indexOf(name);
        return at >= 0 && at + 1 < args.length ? args[at + 1] : fallback;
    }
}
