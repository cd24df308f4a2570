package example;

import app.chuangxian.client.ApiClient;
import app.chuangxian.client.ApiException;
import app.chuangxian.client.api.AuthenticationApi;
import app.chuangxian.client.api.BranchesApi;
import app.chuangxian.client.api.CampaignsApi;
import app.chuangxian.client.api.ChangesApi;
import app.chuangxian.client.api.ResultsApi;
import app.chuangxian.client.model.Branch;
import app.chuangxian.client.model.BranchPage;
import app.chuangxian.client.model.BranchResult;
import app.chuangxian.client.model.Campaign;
import app.chuangxian.client.model.CampaignPage;
import app.chuangxian.client.model.ChangePage;
import app.chuangxian.client.model.ResultPage;
import app.chuangxian.client.model.ResultsStatus;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An upper-level system's nightly sync, written against the Java client generated from openapi.yaml: it signs in
 * with its client credentials (scope {@code read}), lists every branch it may read and every published ranking, page
 * by page, then follows the change feed to its end and keeps the cursor for the next run. It stops with an error
 * when the pages disagree with the totals they announce or the feed goes backwards.
 *
 * <p>Settings from the environment: {@code API_URL} (e.g. http://localhost:8080), {@code CLIENT_ID},
 * {@code CLIENT_SECRET}. With {@code --expect-published} it also fails when no campaign has published results.
 */
public final class BranchesAndResults {
    private static final int PAGE_SIZE = 7;

    private BranchesAndResults() {}

    public static void main(String[] args) throws Exception {
        String url = required("API_URL").replaceAll("/+$", "");
        boolean expectPublished = List.of(args).contains("--expect-published");

        ApiClient client = new ApiClient();
        client.updateBaseUri(url);
        String token = new AuthenticationApi(client)
                .createClientToken("client_credentials", required("CLIENT_ID"), required("CLIENT_SECRET"), "read")
                .getAccessToken();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));

        List<Branch> branches = allBranches(new BranchesApi(client));
        System.out.printf("branches: %d%n", branches.size());

        int published = 0;
        ResultsApi results = new ResultsApi(client);
        for (Campaign campaign : allCampaigns(new CampaignsApi(client))) {
            if (campaign.getResultsStatus() != ResultsStatus.PUBLISHED) {
                continue;
            }
            published++;
            List<BranchResult> ranking = allResults(results, campaign.getId());
            BranchResult first = ranking.isEmpty() ? null : ranking.get(0);
            System.out.printf(
                    "campaign %d (%s): %d ranked%s%n",
                    campaign.getId(),
                    campaign.getTitle(),
                    ranking.size(),
                    first == null ? "" : ", first " + first.getBranchName() + " with " + first.getTotal());
        }
        System.out.printf("campaigns with published results: %d%n", published);
        check(!expectPublished || published > 0, "no campaign has published results");

        // What changed since the last run: here from the start; a real sync keeps the cursor between runs.
        ChangesApi changes = new ChangesApi(client);
        String cursor = null;
        long changed = 0;
        long last = 0;
        for (; ; ) {
            ChangePage page = changes.listChanges(null, cursor, 100);
            for (var change : page.getItems()) {
                check(change.getSequence() > last, "change " + change.getSequence() + " came out of order");
                last = change.getSequence();
                changed++;
            }
            cursor = page.getNext();
            if (!Boolean.TRUE.equals(page.getMore())) {
                break;
            }
        }
        System.out.printf("changes in the feed: %d, next cursor %s%n", changed, cursor);
    }

    private static List<Branch> allBranches(BranchesApi api) throws ApiException {
        List<Branch> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int page = 1; ; page++) {
            BranchPage one = api.listBranches(null, null, page, null, PAGE_SIZE, "code", null);
            for (Branch b : one.getItems()) {
                check(seen.add(b.getId()), "branch " + b.getId() + " came twice");
                all.add(b);
            }
            if (one.getItems().size() < PAGE_SIZE || all.size() >= one.getTotal()) {
                check(all.size() == one.getTotal(), "read " + all.size() + " branches of " + one.getTotal());
                return all;
            }
        }
    }

    private static List<Campaign> allCampaigns(CampaignsApi api) throws ApiException {
        List<Campaign> all = new ArrayList<>();
        for (int page = 1; ; page++) {
            CampaignPage one = api.listCampaigns(page, null, PAGE_SIZE, "-year", null, null);
            all.addAll(one.getItems());
            if (one.getItems().size() < PAGE_SIZE || all.size() >= one.getTotal()) {
                check(all.size() == one.getTotal(), "read " + all.size() + " campaigns of " + one.getTotal());
                return all;
            }
        }
    }

    private static List<BranchResult> allResults(ResultsApi api, long campaignId) throws ApiException {
        List<BranchResult> all = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int page = 1; ; page++) {
            ResultPage one = api.listResults(campaignId, null, page, PAGE_SIZE, null);
            for (BranchResult r : one.getItems()) {
                check(seen.add(r.getBranchId()), "branch " + r.getBranchId() + " ranked twice");
                all.add(r);
            }
            if (one.getItems().size() < PAGE_SIZE || all.size() >= one.getTotal()) {
                check(all.size() == one.getTotal(), "read " + all.size() + " results of " + one.getTotal());
                return all;
            }
        }
    }

    private static String required(String name) {
        String value = System.getenv(name);
        check(value != null && !value.isBlank(), name + " is not set");
        return value;
    }

    private static void check(boolean ok, String problem) {
        if (!ok) {
            System.err.println("example failed: " + problem);
            System.exit(1);
        }
    }
}
