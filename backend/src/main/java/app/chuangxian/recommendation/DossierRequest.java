package app.chuangxian.recommendation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DossierRequest",
        description = "The recommendation's dossier, revised; a returned recommendation is submitted again with it")
public record DossierRequest(
        @NotBlank @Size(max = 20000) String dossier,
        @NotNull Long version) {}
