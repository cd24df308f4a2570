package app.chuangxian.deliverable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DeliverableRef",
        description = "A deliverable named by another record (a recommendation's evidence): where it belongs, what it"
                + " is and how many files it has")
public record DeliverableRef(
        long id,
        long campaignId,
        long branchId,
        @Schema(example = "活动总结") String typeName,
        String title,
        DeliverableStatus status,
        @Schema(description = "Files attached to it") long attachments) {}
