package app.chuangxian.campaign;

import app.chuangxian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AdoptionPage",
        description = "A page of the organisations right below the campaign's, each with its plan if it adopted the"
                + " campaign, and how many did over all pages")
public class AdoptionPage extends PageResult<AdoptionView> {
    @Schema(description = "Organisations right below the campaign's", example = "11", required = true)
    public final long children;

    @Schema(description = "Of those, how many adopted the campaign", example = "7", required = true)
    public final long adopted;

    AdoptionPage(PageResult<AdoptionView> page, long children, long adopted) {
        super(page);
        this.children = children;
        this.adopted = adopted;
    }
}
