package app.chuangxian.commendation;

/** Told of every export handed out; the audit log records them. */
public interface ExportRecorder {
    /**
     * @param kind     what was exported, e.g. {@code SCORE_SHEET_XLSX}
     * @param subject  the record exported, e.g. {@code campaign 3}
     * @param username who downloaded it
     */
    void exported(String kind, String subject, String username);
}
