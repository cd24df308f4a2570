package app.chuangxian.recommendation;

import app.chuangxian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendationPage", description = "A page of recommendations")
public class RecommendationPage extends PageResult<RecommendationView> {
    RecommendationPage(PageResult<RecommendationView> page) {
        super(page);
    }
}
