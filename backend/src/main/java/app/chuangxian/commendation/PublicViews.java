package app.chuangxian.commendation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What anyone may read without signing in: a list under public notice or decided, and a certificate's check. */
public final class PublicViews {
    private PublicViews() {}

    @Schema(
            name = "PublicCommendationList",
            description = "A commendation list as the public sees it: under notice (公示), "
                    + "approved or published. Only the branches' names, in the list's order; never scores or objections. "
                    + "correctedByListId names a published correction that replaces this list.")
    public record PublicList(
            long id,
            String campaignTitle,
            ListStatus status,
            @Schema(nullable = true) LocalDate noticeStartsOn,
            @Schema(nullable = true) LocalDate noticeEndsOn,
            @Schema(nullable = true) String noticeText,

            @Schema(nullable = true, description = "Absent until the list is approved")
            String resolutionNumber,

            @Schema(nullable = true) LocalDate resolutionDate,

            @Schema(nullable = true, description = "Absent until the list is published")
            Instant publishedAt,

            String issuer,
            @Schema(nullable = true) Long correctedByListId,
            List<PublicEntry> branches) {}

    @Schema(name = "PublicCommendationEntry")
    public record PublicEntry(long branchId, String branchName) {}

    @Schema(
            name = "CertificateCheck",
            description = "A certificate (荣誉证书) as the register holds it. inForce is false when "
                    + "a published correction of the list (supersededByListId) no longer names the branch.")
    public record CertificateCheck(
            long listId,
            long branchId,
            String branchName,
            String campaignTitle,
            ListStatus status,
            String resolutionNumber,
            LocalDate resolutionDate,
            String issuer,
            boolean inForce,
            @Schema(nullable = true) Long supersededByListId) {}
}
