package app.chuangxian.commendation;

import app.chuangxian.campaign.CommitteeClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/** Today's date where the committee sits (the one committee clock); notice periods are whole days in that zone. */
@ApplicationScoped
public class CommendationClock {
    @Inject
    CommitteeClock committee;

    public LocalDate today() {
        return committee.today();
    }
}
