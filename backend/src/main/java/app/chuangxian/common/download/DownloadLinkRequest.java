package app.chuangxian.common.download;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DownloadLinkRequest", description = "The file to link to: an export or an attachment of this API")
public record DownloadLinkRequest(
        @NotBlank
        @Size(max = 500)
        @Schema(
                description = "The file's path in this API, optionally with its query",
                example = "/api/v1/exports/campaigns/2/score-sheet.xlsx")
        String path) {}
