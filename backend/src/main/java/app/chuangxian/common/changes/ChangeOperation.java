package app.chuangxian.common.changes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What happened to the record. */
@Schema(name = "ChangeOperation", description = "What happened to the record")
public enum ChangeOperation {
    CREATED,
    UPDATED,
    DELETED
}
