package app.chuangxian.common.paging;

import app.chuangxian.common.error.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging and sorting query parameters every list operation takes. */
public class PageQuery {
    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("1")
    @Min(1)
    @Max(100000)
    @Parameter(
            description = "1-based page number",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "100000",
                            defaultValue = "1"))
    public int page = 1;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(1)
    @Max(MAX_SIZE)
    @Parameter(
            description = "Items per page, at most 100",
            schema =
                    @Schema(
                            type = SchemaType.INTEGER,
                            format = "int32",
                            minimum = "1",
                            maximum = "100",
                            defaultValue = "20"))
    public int size = 20;

    @QueryParam("sort")
    @Pattern(regexp = "^-?[a-zA-Z]{1,40}$", message = "must be a field name, optionally prefixed by '-' for descending")
    @Parameter(description = "Sort field; prefix with '-' for descending, e.g. `-updatedAt`")
    public String sort;

    public Page panachePage() {
        return Page.of(page - 1, size);
    }

    /**
     * Resolves {@link #sort} against the fields a list allows (API name to column), with {@code id} as the
     * final tiebreaker so that pages are stable.
     */
    public Sort resolveSort(Map<String, String> allowed, String defaultSort) {
        String requested = sort == null || sort.isBlank() ? defaultSort : sort;
        boolean descending = requested.startsWith("-");
        String field = descending ? requested.substring(1) : requested;
        String column = allowed.get(field);
        if (column == null) {
            throw ApiException.invalidField(
                    "sort",
                    "cannot sort by '" + field + "'; allowed: "
                            + String.join(", ", new java.util.TreeSet<>(allowed.keySet())));
        }
        Sort result = descending ? Sort.descending(column) : Sort.ascending(column);
        return "id".equals(column)
                ? result
                : result.and("id", descending ? Sort.Direction.Descending : Sort.Direction.Ascending);
    }

    public <T> PageResult<T> result(java.util.List<T> items, long total) {
        return new PageResult<>(items, page, size, total);
    }
}
