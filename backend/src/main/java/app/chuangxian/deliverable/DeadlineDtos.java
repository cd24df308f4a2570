package app.chuangxian.deliverable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What clients send and read about deadline extensions. */
public final class DeadlineDtos {
    private DeadlineDtos() {}

    @Schema(name = "DeadlineExtension", description = "A later deadline for one branch in one phase")
    public record ExtensionView(
            long id,
            long phaseId,
            long branchId,
            LocalDate deadline,
            @Schema(nullable = true) String reason,
            String grantedBy,
            long version,
            Instant updatedAt) {
        static ExtensionView of(DeadlineExtension e) {
            return new ExtensionView(
                    e.id, e.phaseId, e.branchId, e.deadline, e.reason, e.grantedBy, e.version, e.updatedAt);
        }
    }

    @Schema(name = "DeadlineExtensionRequest", description = "Grant or move a branch's deadline for a phase")
    public record ExtensionRequest(
            @NotNull LocalDate deadline,
            @Size(max = 500) String reason,

            @Schema(description = "The version you read; omit when granting the first extension")
            Long version) {}
}
