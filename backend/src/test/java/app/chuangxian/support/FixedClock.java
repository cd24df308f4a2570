package app.chuangxian.support;

import app.chuangxian.common.time.CommitteeClock;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.LocalDate;

/** The committee clock set to a day, so that notice periods and deadlines are tested without waiting. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedClock extends CommitteeClock {
    private volatile LocalDate today;

    public void set(LocalDate day) {
        today = day;
    }

    @Override
    public LocalDate today() {
        return today == null ? super.today() : today;
    }
}
