package app.chuangxian.recommendation;

import app.chuangxian.common.paging.PageResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "QuotaPage", description = "A page of the organisations right below the campaign's, with their quotas")
public class QuotaPage extends PageResult<QuotaView> {
    QuotaPage(PageResult<QuotaView> page) {
        super(page);
    }
}
