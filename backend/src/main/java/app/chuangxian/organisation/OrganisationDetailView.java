package app.chuangxian.organisation;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationDetail", description = "An organisation and where it stands in the tree")
public record OrganisationDetailView(
        OrganisationView organisation,

        @Schema(
                description = "The organisations from the caller's own down to this one's parent (a breadcrumb);"
                        + " empty for the caller's own organisation")
        List<OrganisationRef> trail) {}
