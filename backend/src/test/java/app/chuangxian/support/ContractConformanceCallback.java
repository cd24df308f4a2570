package app.chuangxian.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/** Puts {@link ContractConformance} in front of every RestAssured call of every {@code @QuarkusTest}. */
public class ContractConformanceCallback implements QuarkusTestBeforeEachCallback {
    private static ContractConformance filter;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        synchronized (ContractConformanceCallback.class) {
            if (filter == null) {
                filter = new ContractConformance();
            }
            if (!RestAssured.filters().contains(filter)) {
                RestAssured.filters(filter);
            }
        }
    }
}
