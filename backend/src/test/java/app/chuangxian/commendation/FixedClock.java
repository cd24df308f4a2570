package app.chuangxian.commendation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.LocalDate;

/** A clock the tests set to a day, so that notice periods are tested without waiting. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FixedClock extends CommendationClock {
    private volatile LocalDate today;

    public void set(LocalDate day) {
        today = day;
    }

    @Override
    public LocalDate today() {
        return today == null ? super.today() : today;
    }
}
