package app.chuangxian.common.download;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DownloadLink", description = "A link that downloads one file without an Authorization header")
public record DownloadLink(
        @Schema(
                description = "The path to open (relative to the API's origin), with the link token as `download`",
                example = "/api/v1/exports/campaigns/2/score-sheet.xlsx?download=eyJ...")
        String url,

        @Schema(description = "When the link stops working") Instant expiresAt) {}
