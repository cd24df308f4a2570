package app.chuangxian.deliverable.progress;

import app.chuangxian.common.paging.PageResult;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The committee's progress board: required deliverables per phase and branch. */
public final class ProgressViews {
    private ProgressViews() {}

    @Schema(name = "ProgressState", description = "The best state among a branch's deliverables of a type")
    public enum State {
        MISSING,
        DRAFT,
        RETURNED,
        SUBMITTED,
        ACCEPTED
    }

    @Schema(name = "ProgressType", description = "A required deliverable type")
    public record TypeRef(long typeId, String code, String name) {}

    @Schema(
            name = "ProgressTotals",
            description = "How many (branch, required type) pairs are in each state; "
                    + "late counts those submitted late or not yet handed in after the deadline")
    public record Totals(long missing, long draft, long returned, long submitted, long accepted, long late) {}

    @Schema(name = "PhaseProgress", description = "A phase, its required types and the totals over all branches")
    public record PhaseView(
            long phaseId, String code, String name, LocalDate endsOn, List<TypeRef> requiredTypes, Totals totals) {}

    @Schema(name = "ProgressCell", description = "One branch's state for one required type")
    public record Cell(long phaseId, long typeId, State state, boolean late) {}

    @Schema(name = "BranchProgress", description = "One branch's row of the board")
    public record BranchRow(long branchId, String code, String name, List<Cell> cells) {}

    @Schema(name = "BranchProgressPage", description = "A page of branch rows, by branch code")
    public static class BranchRowPage extends PageResult<BranchRow> {
        BranchRowPage(PageResult<BranchRow> page) {
            super(page);
        }
    }

    @Schema(name = "CampaignProgress", description = "Phases with totals, and a page of branch rows")
    public record Board(List<PhaseView> phases, BranchRowPage branches) {}
}
