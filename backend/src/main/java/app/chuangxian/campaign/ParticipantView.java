package app.chuangxian.campaign;

import app.chuangxian.branch.Branch;
import app.chuangxian.branch.BranchKind;
import app.chuangxian.branch.BranchStatus;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Participant", description = "A branch taking part in a campaign")
public record ParticipantView(
        long campaignId,
        long branchId,
        @Schema(example = "LS") String branchCode,
        @Schema(example = "民进离石区总支") String branchName,
        BranchKind branchKind,
        BranchStatus branchStatus,
        Instant joinedAt) {

    static ParticipantView of(Participation p, Branch b) {
        return new ParticipantView(p.campaignId, b.id, b.code, b.name, b.kind, b.status, p.joinedAt);
    }
}
