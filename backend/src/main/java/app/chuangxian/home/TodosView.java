package app.chuangxian.home;

import app.chuangxian.common.todo.Todo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The caller's to-do list: one line per kind of thing and campaign, and how many things in all. */
@Schema(name = "Todos", description = "What the caller has to do now, counted from the records themselves")
public record TodosView(
        @Schema(
                description = "One line per kind and campaign, the most pressing kinds first (overdue before due, "
                        + "then returned, then the rest); at most one line per kind and campaign under way, so "
                        + "the list is short and not paged")
        List<Todo> items,

        @Schema(description = "The sum of the lines' counts: the badge's number", example = "4")
        long total) {}
