package app.chuangxian.campaign;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Grades come highest first with strictly falling minimum totals and unique codes; fixed once scoring starts. */
@ApplicationScoped
public class GradeScaleService {
    @Inject
    CampaignAccess access;

    public GradeScale get(long campaignId) {
        return view(access.visible(campaignId));
    }

    @Transactional
    public GradeScale replace(long campaignId, GradeScale request) {
        Campaign campaign = access.scoringNotStarted(campaignId);
        Versions.check(campaign.version, request.version(), "Campaign " + campaignId, Versions.REQUIRED_ON_UPDATE);
        check(request.grades());
        GradeThreshold.delete("campaignId", campaignId);
        for (GradeScale.Grade g : request.grades()) {
            GradeThreshold t = new GradeThreshold();
            t.campaignId = campaignId;
            t.code = g.code().trim();
            t.name = g.name().trim();
            t.minTotal = CampaignAccess.points(g.minTotal());
            t.persist();
        }
        Campaign.getEntityManager().lock(campaign, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        Campaign.flush();
        return view(campaign);
    }

    private static void check(List<GradeScale.Grade> grades) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < grades.size(); i++) {
            if (!codes.add(grades.get(i).code().trim())) {
                errors.add(new Problem.FieldError("grades[" + i + "].code", "appears twice"));
            }
            if (i > 0 && grades.get(i).minTotal().compareTo(grades.get(i - 1).minTotal()) >= 0) {
                errors.add(Problem.FieldError.of(
                        "grades[" + i + "].minTotal",
                        "must be lower than the grade before it (grades come highest first)",
                        Reasons.GRADE_ORDER,
                        null));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
    }

    private static GradeScale view(Campaign campaign) {
        List<GradeScale.Grade> grades =
                GradeThreshold.<GradeThreshold>list("campaignId = ?1 order by minTotal desc", campaign.id).stream()
                        .map(GradeScale.Grade::of)
                        .toList();
        return new GradeScale(campaign.id, grades, campaign.version);
    }
}
