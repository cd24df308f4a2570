package app.chuangxian.commendation;

import app.chuangxian.audit.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Every export handed out is written to the audit log (who, what, when, from where). */
@ApplicationScoped
public class AuditedExportRecorder implements ExportRecorder {
    @Inject
    AuditLog audit;

    @Override
    public void exported(String kind, String subject, String username) {
        audit.export(kind, subject, kind + " of " + subject + " downloaded by " + username);
    }
}
