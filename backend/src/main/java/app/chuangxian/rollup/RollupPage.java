package app.chuangxian.rollup;

import app.chuangxian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "RollupPage",
        description =
                "A page of an organisation's children, each with what its subtree holds, and the organisation's own"
                        + " subtree in total")
public class RollupPage extends PageResult<RollupView> {
    @Schema(description = "The organisation asked for, everything below it included", required = true)
    public final RollupView overall;

    RollupPage(PageResult<RollupView> page, RollupView overall) {
        super(page);
        this.overall = overall;
    }
}
