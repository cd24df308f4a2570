package app.chuangxian.campaign;

import app.chuangxian.common.Versions;
import app.chuangxian.common.error.ApiException;
import app.chuangxian.common.error.Problem;
import app.chuangxian.common.error.Reasons;
import app.chuangxian.common.paging.PageQuery;
import app.chuangxian.common.paging.PageResult;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Standards and their indicators: the indicators sum to the standard's maximum; fixed once scoring starts. */
@ApplicationScoped
public class StandardService {
    static final Map<String, String> SORTABLE = Map.of("seq", "seq", "code", "code", "name", "name", "id", "id");

    @Inject
    CampaignAccess access;

    @Inject
    IndicatorWriter indicators;

    public PageResult<StandardView> list(long campaignId, PageQuery paging) {
        access.visible(campaignId);
        PanacheQuery<Standard> query = Standard.find("campaignId", paging.resolveSort(SORTABLE, "seq"), campaignId);
        List<Standard> page = query.page(paging.panachePage()).list();
        Map<Long, List<Indicator>> byStandard = page.isEmpty()
                ? Map.of()
                : Indicator.<Indicator>list(
                                "standardId in ?1 order by seq",
                                page.stream().map(s -> s.id).toList())
                        .stream()
                        .collect(Collectors.groupingBy(i -> i.standardId));
        return paging.result(
                page.stream()
                        .map(s -> StandardView.of(s, byStandard.getOrDefault(s.id, List.of())))
                        .toList(),
                query.count());
    }

    public StandardView get(long campaignId, long id) {
        access.visible(campaignId);
        return view(find(campaignId, id));
    }

    @Transactional
    public StandardView create(long campaignId, StandardRequest request) {
        access.scoringNotStarted(campaignId);
        refuseWhenAdopted(campaignId);
        check(campaignId, null, request);
        Standard standard = new Standard();
        standard.campaignId = campaignId;
        apply(standard, request);
        standard.persist();
        indicators.replace(standard, request.indicators());
        return view(standard);
    }

    @Transactional
    public StandardView update(long campaignId, long id, StandardRequest request) {
        Standard standard = find(campaignId, id);
        access.scoringNotStarted(campaignId);
        refuseInherited(standard);
        refuseWhenAdopted(campaignId);
        Versions.check(standard.version, request.version(), "Standard " + id, Versions.REQUIRED_ON_UPDATE);
        check(campaignId, id, request);
        long before = standard.version;
        apply(standard, request);
        indicators.replace(standard, request.indicators());
        Standard.flush();
        if (standard.version == before) {
            // only indicators changed: the standard's version still has to move for readers of the whole
            Standard.getEntityManager().lock(standard, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        return view(standard);
    }

    @Transactional
    public void delete(long campaignId, long id) {
        Standard standard = find(campaignId, id);
        access.scoringNotStarted(campaignId);
        refuseInherited(standard);
        refuseWhenAdopted(campaignId);
        Indicator.delete("standardId", id);
        standard.delete();
        Standard.flush();
    }

    /** A standard inherited from the adopted campaign stays as the parent set it. */
    private static void refuseInherited(Standard standard) {
        if (standard.inherited) {
            throw ApiException.conflict(
                    "STANDARD_INHERITED",
                    "Standard " + standard.code + " comes from the adopted campaign and stays as set there; add a"
                            + " local standard instead");
        }
    }

    /** Once organisations below adopted the campaign, their plans inherit its standards: they stay as they are. */
    private static void refuseWhenAdopted(long campaignId) {
        if (Campaign.count("parentCampaignId", campaignId) > 0) {
            throw ApiException.conflict(
                    "STANDARDS_ADOPTED",
                    "Organisations below have adopted campaign " + campaignId + "; its standards and indicators stay"
                            + " as they are");
        }
    }

    Standard find(long campaignId, long id) {
        Standard standard = Standard.findById(id);
        if (standard == null || standard.campaignId != campaignId) {
            throw ApiException.notFound("Standard", id);
        }
        return standard;
    }

    private StandardView view(Standard s) {
        return StandardView.of(s, Indicator.list("standardId = ?1 order by seq", s.id));
    }

    /** Points in steps of 0.5 summing to the maximum, unique codes (400 within the request, 409 against others). */
    private static void check(long campaignId, Long id, StandardRequest r) {
        List<Problem.FieldError> errors = new ArrayList<>();
        halfPoints(r.maxPoints(), "maxPoints", errors);
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < r.indicators().size(); i++) {
            StandardRequest.IndicatorRequest ind = r.indicators().get(i);
            halfPoints(ind.maxPoints(), "indicators[" + i + "].maxPoints", errors);
            sum = sum.add(ind.maxPoints());
            if (!codes.add(ind.code().trim())) {
                errors.add(new Problem.FieldError("indicators[" + i + "].code", "appears twice"));
            }
        }
        if (sum.compareTo(r.maxPoints()) != 0) {
            errors.add(Problem.FieldError.of(
                    "indicators",
                    "points sum to " + sum.stripTrailingZeros().toPlainString() + " but the standard's maxPoints is "
                            + r.maxPoints().stripTrailingZeros().toPlainString(),
                    Reasons.POINTS_SUM,
                    Map.of("sum", sum.stripTrailingZeros(), "max", r.maxPoints().stripTrailingZeros())));
        }
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        long except = id == null ? -1L : id;
        if (Standard.count(
                        "campaignId = ?1 and code = ?2 and id <> ?3",
                        campaignId,
                        r.code().trim(),
                        except)
                > 0) {
            throw ApiException.conflict("STANDARD_CODE_TAKEN", "The campaign already has a standard " + r.code());
        }
        if (Indicator.count("campaignId = ?1 and code in ?2 and standardId <> ?3", campaignId, codes, except) > 0) {
            throw ApiException.conflict(
                    "INDICATOR_CODE_TAKEN",
                    "Another standard of the campaign already uses one of " + "these indicator codes: "
                            + String.join(", ", codes));
        }
    }

    private static void halfPoints(BigDecimal points, String field, List<Problem.FieldError> errors) {
        if (points.multiply(BigDecimal.valueOf(2)).stripTrailingZeros().scale() > 0) {
            errors.add(Problem.FieldError.of(field, "must be a multiple of 0.5", Reasons.HALF_STEP, null));
        }
    }

    private static void apply(Standard s, StandardRequest r) {
        s.seq = r.seq();
        s.code = r.code().trim();
        s.name = r.name().trim();
        s.description = CampaignAccess.blankToNull(r.description());
        s.maxPoints = CampaignAccess.points(r.maxPoints());
    }
}
