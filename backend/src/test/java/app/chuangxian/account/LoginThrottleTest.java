package app.chuangxian.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {
    @Test
    void anAddressOverTheLimitWaitsOutTheWindowOthersDoNot() {
        LoginThrottle throttle = new LoginThrottle();
        throttle.settings = new SecondFactorTest.AuthSettingsStub(false);
        Instant t0 = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 19; i++) {
            throttle.failed("203.0.113.7", t0.plusSeconds(i));
        }
        assertEquals(0, throttle.retryAfterSeconds("203.0.113.7", t0.plusSeconds(20)));
        throttle.failed("203.0.113.7", t0.plusSeconds(20));
        assertEquals(580, throttle.retryAfterSeconds("203.0.113.7", t0.plusSeconds(20)));
        assertEquals(0, throttle.retryAfterSeconds("198.51.100.1", t0.plusSeconds(20)));
        assertEquals(0, throttle.retryAfterSeconds("203.0.113.7", t0.plusSeconds(600)));
        throttle.failed("203.0.113.7", t0.plusSeconds(601));
        assertTrue(throttle.retryAfterSeconds("203.0.113.7", t0.plusSeconds(602)) == 0);
    }
}
