package app.chuangxian.webhook;

import app.chuangxian.common.changes.ChangedRecord;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookRequest", description = "An endpoint to register, or its new settings (with the version read)")
public record WebhookRequest(
        @NotBlank
        @Size(max = 500)
        @Schema(
                description = "Where the changes are POSTed: an absolute http or https address",
                example = "https://portal.example.org/hooks/chuangxian")
        String url,

        @Size(max = 200) @Schema(nullable = true, example = "省委会门户网站同步")
        String description,

        @NotEmpty @Size(max = 8) @Schema(description = "The kinds of record whose changes it receives")
        List<@NotNull ChangedRecord> events,

        @Schema(nullable = true, description = "False to pause it: changes meanwhile are not sent; true by default")
        Boolean enabled,

        @Schema(nullable = true, description = "The version read; required when replacing")
        Long version) {}
