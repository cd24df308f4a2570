package app.chuangxian.common.paging;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list: the items and where they sit in the whole. Each list names its page type for the
 * contract by a small subclass (e.g. {@code BranchPage extends PageResult<BranchView>}).
 */
public class PageResult<T> {
    @Schema(description = "The items of this page", required = true)
    public final List<T> items;

    @Schema(description = "1-based page number", example = "1", required = true)
    public final int page;

    @Schema(description = "Page size", example = "20", required = true)
    public final int size;

    @Schema(description = "Number of items over all pages", example = "13", required = true)
    public final long total;

    public PageResult(List<T> items, int page, int size, long total) {
        this.items = items;
        this.page = page;
        this.size = size;
        this.total = total;
    }

    protected PageResult(PageResult<T> other) {
        this(other.items, other.page, other.size, other.total);
    }
}
