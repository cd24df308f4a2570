package app.chuangxian.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ApiClientRequest", description = "A client to register")
public record ApiClientRequest(
        @NotBlank @Size(max = 100) @Schema(example = "省委组织系统")
        String name,

        @NotEmpty @Size(max = 3) @Schema(description = "read, deliverables:write, audit:read")
        Set<@NotBlank String> scopes,

        @Schema(description = "Required with deliverables:write: the branch the client writes for", nullable = true)
        Long branchId) {}
