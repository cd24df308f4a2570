package app.chuangxian.commendation;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

/** Logs exports until the audit log provides its own {@link ExportRecorder}. */
@DefaultBean
@ApplicationScoped
public class LoggingExportRecorder implements ExportRecorder {
    private static final Logger LOG = Logger.getLogger(LoggingExportRecorder.class);

    @Override
    public void exported(String kind, String subject, String username) {
        LOG.infof("export %s of %s by %s", kind, subject, username);
    }
}
