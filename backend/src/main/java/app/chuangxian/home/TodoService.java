package app.chuangxian.home;

import app.chuangxian.common.security.CurrentUser;
import app.chuangxian.common.time.CommitteeClock;
import app.chuangxian.common.todo.Todo;
import app.chuangxian.common.todo.TodoSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Asks every feature what the caller has to do with its records, in one transaction, and orders the answers. */
@ApplicationScoped
public class TodoService {
    @Inject
    CurrentUser user;

    @Inject
    CommitteeClock clock;

    @Inject
    Instance<TodoSource> sources;

    @Transactional
    public TodosView mine() {
        var today = clock.today();
        List<Todo> items = sources.stream()
                .flatMap(s -> s.todos(user, today).stream())
                .sorted(Comparator.comparing((Todo t) -> urgency(t.kind().name()))
                        .thenComparing(Todo::kind)
                        .thenComparingLong(Todo::campaignId))
                .toList();
        return new TodosView(items, items.stream().mapToLong(Todo::count).sum());
    }

    /** Missed deadlines first, then what waits on a deadline ahead, then the rest. */
    private static int urgency(String kind) {
        if (kind.endsWith("OVERDUE")) {
            return 0;
        }
        return kind.endsWith("DUE") || kind.endsWith("ENDING") ? 1 : 2;
    }
}
