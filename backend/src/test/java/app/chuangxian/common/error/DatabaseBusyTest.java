package app.chuangxian.common.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;
import java.sql.SQLException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.LockAcquisitionException;
import org.junit.jupiter.api.Test;

/** A request turned away because the database was busy answers 503 with Retry-After, never a 500. */
class DatabaseBusyTest {
    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void noFreeConnectionInTimeIsAServiceUnavailableToRetry() {
        Throwable pool = new GenericJDBCException(
                "Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"));
        Response response = mappers.unexpected(new jakarta.persistence.PersistenceException(pool));
        assertEquals(503, response.getStatus());
        assertEquals("SERVICE_UNAVAILABLE", ((Problem) response.getEntity()).code());
        assertTrue(response.getHeaders().containsKey("Retry-After"));
    }

    @Test
    void aLockNotHadInTimeIsAServiceUnavailableToo() {
        Throwable lock = new LockAcquisitionException("Lock wait timeout exceeded", new SQLException("timeout"));
        assertEquals(503, mappers.unexpected(lock).getStatus());
    }

    @Test
    void anythingElseStaysAnInternalError() {
        assertFalse(ProblemMappers.databaseBusy(new IllegalStateException("boom", new SQLException("syntax"))));
        assertEquals(500, mappers.unexpected(new IllegalStateException("boom")).getStatus());
    }
}
