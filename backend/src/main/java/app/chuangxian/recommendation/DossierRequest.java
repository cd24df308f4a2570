package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DossierRequest",
        description = "The recommendation's dossier, revised; a returned recommendation is submitted again with it")
public record DossierRequest(
        @NotBlank @Size(max = 20000) String dossier,

        @Size(max = 20)
        @Schema(nullable = true, description = "The deliverables linked as evidence; left out, they stay as they are")
        List<@NotNull Long> evidence,

        @NotNull Long version) {}
