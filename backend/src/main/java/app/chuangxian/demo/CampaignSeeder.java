package app.chuangxian.demo;

import app.chuangxian.campaign.Campaign;
import app.chuangxian.campaign.CampaignCopyRequest;
import app.chuangxian.campaign.CampaignStatus;
import app.chuangxian.campaign.CampaignTemplateService;
import app.chuangxian.campaign.LeadingGroupMember;
import app.chuangxian.campaign.LeadingGroupRole;
import app.chuangxian.campaign.Participation;
import app.chuangxian.campaign.Phase;
import app.chuangxian.campaign.Standard;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/**
 * The closed 2009 campaign with all 13 branches, and a live campaign made from it by the template copy whose
 * implementation phase (实施创建) runs today: mobilisation ended three weeks ago, the summary phase starts in two months.
 */
@ApplicationScoped
public class CampaignSeeder implements DemoSeeder {
    @Inject
    CampaignTemplateService templates;

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void seed(DemoContext context) {
        long city = context.organisationIds.get(DemoContext.CITY);
        Campaign old = Campaign2009.create(city);
        context.branchIds.values().forEach(branchId -> participate(old.id, branchId));
        old.status = CampaignStatus.CLOSED;
        context.shared.put(DemoContext.CAMPAIGN_2009, old.id);

        int year = context.today.getYear();
        var implementationStart = context.today.minusDays(21);
        Campaign live = templates.copyOf(
                old,
                new CampaignCopyRequest(
                        Campaign2009.TITLE + "（" + year + "年）", year, implementationStart.minusDays(61)),
                city);
        List<Phase> phases = Phase.list("campaignId = ?1 order by seq", live.id);
        phases.get(0).endsOn = implementationStart.minusDays(1);
        phases.get(1).startsOn = implementationStart;
        phases.get(1).endsOn = context.today.plusMonths(2);
        phases.get(2).startsOn = phases.get(1).endsOn.plusDays(1);
        phases.get(2).endsOn = phases.get(2).startsOn.plusMonths(4).minusDays(1);
        live.status = CampaignStatus.ACTIVE;
        context.branchIds.values().forEach(branchId -> participate(live.id, branchId));
        context.shared.put(DemoContext.CAMPAIGN_LIVE, live.id);

        // the chain above Lüliang: Shanxi's 实施方案 adopting the centre's 《意见》, and Lüliang's notice adopting that
        for (Campaign notice : List.of(old, live)) {
            String noticeYear = Integer.toString(notice.year);
            String suffix = notice == old ? "" : "（" + noticeYear + "年）";
            Campaign plan = above(
                    notice,
                    context.organisationIds.get("SX"),
                    "民进山西省委员会贯彻会中央《意见》的实施方案" + suffix,
                    "进晋字【" + noticeYear + "】17号",
                    "会中央《关于开展创建民进全国先进地方组织、先进基层组织活动的意见》");
            above(plan, context.organisationIds.get("ZY"), "关于开展创建民进全国先进地方组织、先进基层组织活动的意见" + suffix, null, null);
        }

        leadingGroup(live.id, context.branchIds.get("LS"), "王建华", "李明远", "赵丽华", "孙志刚");
        leadingGroup(live.id, context.branchIds.get("XY"), "李文涛", "张海燕", "刘建国");
        leadingGroup(live.id, context.branchIds.get("WS"), "刘志强", "陈淑芬", "王永平");
        leadingGroup(live.id, context.branchIds.get("FY"), "张丽萍", "郭晓峰", "杨红");
        leadingGroup(old.id, context.branchIds.get("LS"), "王建华", "李明远", "赵丽华");
        Campaign.flush();
    }

    /**
     * The campaign of the organisation above that {@code child} adopts: its phases on the same dates, the same
     * standards (which the child then holds as inherited), launched (or closed with it).
     */
    private Campaign above(Campaign child, long organisationId, String title, String documentNumber, String basis) {
        LocalDate first =
                Phase.<Phase>find("campaignId = ?1 order by seq", child.id).firstResult().startsOn;
        Campaign parent = templates.copyOf(child, new CampaignCopyRequest(title, child.year, first), organisationId);
        parent.templateId = null;
        parent.documentNumber = documentNumber;
        parent.basisDocuments = basis;
        parent.status = child.status == CampaignStatus.CLOSED ? CampaignStatus.CLOSED : CampaignStatus.ACTIVE;
        child.parentCampaignId = parent.id;
        Standard.update("inherited = true where campaignId = ?1", child.id);
        Campaign.flush();
        return parent;
    }

    private static void participate(long campaignId, long branchId) {
        Participation p = new Participation();
        p.campaignId = campaignId;
        p.branchId = branchId;
        p.persist();
    }

    /** The chair as 组长, the next as 副组长, the rest as 成员 (主要领导亲自抓、分工领导具体抓、班子成员共同抓). */
    private static void leadingGroup(long campaignId, long branchId, String... names) {
        String[] duties = {"全面负责创建活动，主要领导亲自抓", "分工负责制度建设和组织活动，具体抓落实", "负责学习培训和宣传动员", "负责社情民意信息和沟通协调"};
        for (int i = 0; i < names.length; i++) {
            LeadingGroupMember m = new LeadingGroupMember();
            m.campaignId = campaignId;
            m.branchId = branchId;
            m.seq = i + 1;
            m.name = names[i];
            m.role = i == 0 ? LeadingGroupRole.LEADER : i == 1 ? LeadingGroupRole.DEPUTY : LeadingGroupRole.MEMBER;
            m.position = i == 0 ? "支部主委" : i == 1 ? "支部副主委" : "班子成员";
            m.responsibility = duties[Math.min(i, duties.length - 1)];
            m.phone = String.format("1590358%04d", (int) (branchId * 10 + i) % 10000);
            m.persist();
        }
    }
}
