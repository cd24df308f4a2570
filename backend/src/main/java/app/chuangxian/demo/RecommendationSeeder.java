package app.chuangxian.demo;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignAccess;
import app.chuangxian.commendation.CommendationEntry;
import app.chuangxian.commendation.CommendationList;
import app.chuangxian.commendation.ListStatus;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.recommendation.NoticeStatus;
import app.chuangxian.recommendation.Quota;
import app.chuangxian.recommendation.Recommendation;
import app.chuangxian.recommendation.RecommendationNotice;
import app.chuangxian.recommendation.RecommendationStatus;
import app.chuangxian.recommendation.RecommendationTitle;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Recommendations up the chain (推荐上报). For 2009, as the files have it: Shanxi allotted Lüliang two places and
 * Taiyuan two, the centre allotted Shanxi three branches and one local committee; Lüliang recommended the first two
 * branches of its published list, Shanxi accepted both, announced them and carried the first up together with
 * Lüliang's committee itself (先进地方组织), and the centre's decision commended both. For the live year the quotas
 * are allotted and nothing is recommended yet.
 */
@ApplicationScoped
public class RecommendationSeeder implements DemoSeeder {
    static final String DECISION = "民进中央〔2011〕5号";
    static final LocalDate DECIDED_ON = LocalDate.of(2011, 3, 25);

    @Inject
    CampaignAccess campaigns;

    @Inject
    CommitteeClock clock;

    @Inject
    EntityManager em;

    @Override
    public int order() {
        return 60;
    }

    @Override
    public void seed(DemoContext context) {
        long shanxi = context.organisationIds.get("SX");
        long lvliang = context.organisationIds.get(DemoContext.CITY);
        long taiyuan = context.organisationIds.get("SX-TY");
        chain(context.shared.get(DemoContext.CAMPAIGN_LIVE)).ifPresent(live -> {
            quota(live[2], shanxi, 3, 1, context.today.plusMonths(5));
            quota(live[1], lvliang, 2, 0, context.today.plusMonths(4));
            quota(live[1], taiyuan, 2, 0, context.today.plusMonths(4));
        });
        Optional<Campaign[]> old = chain(context.shared.get(DemoContext.CAMPAIGN_2009));
        if (old.isEmpty()) {
            return;
        }
        Campaign city = old.get()[0];
        Campaign province = old.get()[1];
        Campaign centre = old.get()[2];
        quota(centre, shanxi, 3, 1, LocalDate.of(2011, 2, 28));
        quota(province, lvliang, 2, 0, LocalDate.of(2011, 1, 31));
        quota(province, taiyuan, 2, 0, LocalDate.of(2011, 1, 31));
        CommendationList list = CommendationList.<CommendationList>find(
                        "campaignId = ?1 and status = ?2 order by id desc", city.id, ListStatus.PUBLISHED)
                .firstResult();
        List<CommendationEntry> entries = list == null ? List.of() : CommendationList.entries(list.id);
        if (entries.size() < 2) {
            return;
        }
        CommendationEntry first = entries.get(0);
        CommendationEntry second = entries.get(1);
        Recommendation firstUp = branch(province, city, first, RecommendationStatus.COMMENDED, null);
        branch(province, city, second, RecommendationStatus.NOT_COMMENDED, null);
        notice(province, LocalDate.of(2011, 1, 24), LocalDate.of(2011, 1, 30), "shanxi", null);
        Recommendation carried = branch(centre, province, first, RecommendationStatus.COMMENDED, firstUp);
        Recommendation.flush();
        for (Recommendation r : List.of(firstUp, carried)) {
            // the branch's accepted deliverables of 2009, linked as the dossier's evidence
            em.createNativeQuery("insert into recommendation_evidence (recommendation_id, deliverable_id)"
                            + " select :r, d.id from deliverables d where d.campaign_id = :c and d.branch_id = :b"
                            + " and d.status = 'ACCEPTED'")
                    .setParameter("r", r.id)
                    .setParameter("c", city.id)
                    .setParameter("b", first.branchId)
                    .executeUpdate();
        }
        Recommendation local =
                recommendation(centre, province, RecommendationTitle.LOCAL, "民进吕梁市委员会", RecommendationStatus.COMMENDED);
        local.candidateOrganisationId = lvliang;
        local.candidateKey = "O" + lvliang;
        local.dossier = "会市委领导班子团结协作，创建活动组织有力，13个基层组织全部参加，5个获市级表彰。";
        local.persist();
        notice(centre, LocalDate.of(2011, 3, 7), LocalDate.of(2011, 3, 13), "centre", DECISION);
        Recommendation.flush();
    }

    /** The campaign and the two above it, lowest first, when the chain is there. */
    private Optional<Campaign[]> chain(Object campaignId) {
        if (!(campaignId instanceof Long id)) {
            return Optional.empty();
        }
        Campaign city = campaigns.find(id).orElse(null);
        Campaign province = city == null || city.parentCampaignId == null
                ? null
                : campaigns.find(city.parentCampaignId).orElse(null);
        Campaign centre = province == null || province.parentCampaignId == null
                ? null
                : campaigns.find(province.parentCampaignId).orElse(null);
        return centre == null ? Optional.empty() : Optional.of(new Campaign[] {city, province, centre});
    }

    private static void quota(Campaign campaign, long organisationId, int grassroots, int local, LocalDate dueOn) {
        Quota q = new Quota();
        q.campaignId = campaign.id;
        q.organisationId = organisationId;
        q.grassroots = grassroots;
        q.local = local;
        q.dueOn = dueOn;
        q.persist();
    }

    private Recommendation branch(
            Campaign into, Campaign from, CommendationEntry entry, RecommendationStatus status, Recommendation origin) {
        Recommendation r = recommendation(into, from, RecommendationTitle.GRASSROOTS, entry.branchName, status);
        r.branchId = entry.branchId;
        r.candidateKey = "B" + entry.branchId;
        r.originId = origin == null ? null : origin.id;
        r.commendedInCampaignId = origin == null ? from.id : origin.commendedInCampaignId;
        r.dossier = "该组织在创建活动中学习制度健全、班子团结、活动经常、联系广泛，年度考核总分" + entry.total + "分，列全市第" + entry.rank + "名，获会市委表彰（"
                + CommendationSeeder.RESOLUTION + "）。";
        r.persist();
        return r;
    }

    private Recommendation recommendation(
            Campaign into, Campaign from, RecommendationTitle title, String name, RecommendationStatus status) {
        boolean fromCity = from.parentCampaignId != null && into.parentCampaignId != null;
        Recommendation r = new Recommendation();
        r.campaignId = into.id;
        r.sourceCampaignId = from.id;
        r.organisationId = from.organisationId;
        r.title = title;
        r.candidateName = name;
        r.status = status;
        r.submittedBy = fromCity ? "admin" : "shanxi";
        r.submittedAt = at(fromCity ? LocalDate.of(2011, 1, 10) : LocalDate.of(2011, 2, 20), 9);
        r.reviewedBy = fromCity ? "shanxi" : "centre";
        r.reviewedAt = at(fromCity ? LocalDate.of(2011, 1, 18) : LocalDate.of(2011, 3, 1), 15);
        r.decisionNumber = DECISION;
        r.decisionDate = DECIDED_ON;
        return r;
    }

    private void notice(Campaign campaign, LocalDate from, LocalDate to, String by, String decision) {
        RecommendationNotice n = new RecommendationNotice();
        n.campaignId = campaign.id;
        n.startsOn = from;
        n.endsOn = to;
        n.text = "经审核，拟推荐以下组织为民进全国先进基层组织、先进地方组织，现予公示。公示期间如有异议，请向组织部反映。";
        n.status = NoticeStatus.CLOSED;
        n.closedBy = by;
        n.closedAt = at(to.plusDays(decision == null ? 2 : 12), 10);
        n.decisionNumber = decision;
        n.decisionDate = decision == null ? null : DECIDED_ON;
        n.persist();
    }

    private Instant at(LocalDate day, int hour) {
        return ZonedDateTime.of(day.atTime(hour, 0), clock.zone()).toInstant();
    }
}
