package app.chuangxian.commendation;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every export it is told of, so that tests can see each download was reported. */
@Alternative
@Priority(1)
@ApplicationScoped
public class RecordingExportRecorder implements ExportRecorder {
    private final List<String> exports = new CopyOnWriteArrayList<>();

    /** A method, not the field: tests hold a client proxy, whose own fields stay empty. */
    public List<String> exports() {
        return List.copyOf(exports);
    }

    @Override
    public void exported(String kind, String subject, String username) {
        exports.add(kind + "|" + subject + "|" + username);
    }
}
