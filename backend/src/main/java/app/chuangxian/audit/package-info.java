/**
 * The audit log: {@link app.chuangxian.audit.AuditRecorder} records every write request, sign-ins are recorded by the
 * token service, and features call {@link app.chuangxian.audit.AuditLog} for exports and views of personal data.
 * Rows are never updated or deleted by the application and are kept at least 180 days (docs/security.md).
 */
package app.chuangxian.audit;
