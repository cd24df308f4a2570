package app.chuangxian.campaign;

import app.chuangxian.security.HostileInputWalk;
import io.quarkus.test.junit.QuarkusTest;

/** Hostile input on the operations of campaigns, their phases, standards, deliverable types, participants, leading groups and site visits. */
@QuarkusTest
class CampaignHostileInputTest extends HostileInputWalk {
    @Override
    protected Area area() {
        return Area.CAMPAIGNS;
    }
}
