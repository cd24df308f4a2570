/**
 * Phase deliverables (阶段成果): a branch drafts and submits its submission of a deliverable type; committee staff
 * accept it or return it with a fix list. Every submission is kept as a revision, so the reviewer can see what
 * changed since the last return. Attachments are checked from their bytes and stored in the database. Submit and
 * upload honour an Idempotency-Key. The progress board is in {@code progress}.
 */
package app.chuangxian.deliverable;
