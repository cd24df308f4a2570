package app.chuangxian.commendation;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today's date where the committee sits; notice periods are whole days in that zone. */
@ApplicationScoped
public class CommendationClock {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    public LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
