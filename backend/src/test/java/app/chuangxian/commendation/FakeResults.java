package app.chuangxian.commendation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Results each test writes by hand, standing in for the scoring feature. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FakeResults implements ResultsSource {
    private final Map<Long, List<BranchResult>> results = new ConcurrentHashMap<>();
    private final Map<String, List<AssessorRemark>> remarks = new ConcurrentHashMap<>();

    public void put(long campaignId, List<BranchResult> rows) {
        results.put(campaignId, List.copyOf(rows));
    }

    public void remarks(long campaignId, long branchId, List<AssessorRemark> list) {
        remarks.put(campaignId + "/" + branchId, List.copyOf(list));
    }

    @Override
    public List<BranchResult> finalResults(long campaignId) {
        return results.getOrDefault(campaignId, List.of());
    }

    @Override
    public List<AssessorRemark> remarks(long campaignId, long branchId) {
        return remarks.getOrDefault(campaignId + "/" + branchId, List.of());
    }
}
