package app.chuangxian.common;

import app.chuangxian.common.error.ApiException;

/**
 * Optimistic locking of writes: the client sends the {@code version} it read, and a write on a record that changed
 * since is refused. A missing version is a validation error (400 VALIDATION_FAILED on field {@code version}); a
 * version that no longer matches is 409 STALE_VERSION naming the record.
 */
public final class Versions {
    /** What a missing version is told by default. */
    public static final String REQUIRED = "is required";
    /** What a missing version is told where only updates send one. */
    public static final String REQUIRED_ON_UPDATE = "is required on update";

    private Versions() {}

    /** Refuses the write unless {@code sent} is the record's current version; {@code what} names it ("Branch 3"). */
    public static void check(long actual, Long sent, String what) {
        check(actual, sent, what, REQUIRED);
    }

    /** As {@link #check(long, Long, String)}, with the message a missing version gets. */
    public static void check(long actual, Long sent, String what, String whenMissing) {
        if (sent == null) {
            throw ApiException.invalidField("version", whenMissing);
        }
        if (sent != actual) {
            throw ApiException.staleVersion(what);
        }
    }
}
