package app.chuangxian.common.todo;

import app.chuangxian.common.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;

/**
 * A feature that counts what someone has to do with its records. Each answers in one or two SQL statements from the
 * data itself (nothing stored that could drift), and only what the caller's roles make theirs.
 */
public interface TodoSource {
    List<Todo> todos(CurrentUser user, LocalDate today);
}
