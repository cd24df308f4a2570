package app.chuangxian.commendation;

import app.chuangxian.security.HostileInputWalk;
import io.quarkus.test.junit.QuarkusTest;

/** Hostile input on the operations of commendation lists, feedback reports and exports. */
@QuarkusTest
class CommendationHostileInputTest extends HostileInputWalk {
    @Override
    protected Area area() {
        return Area.COMMENDATION;
    }
}
