package app.chuangxian.organisation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "OrganisationRef", description = "An organisation named where another record belongs to it")
public record OrganisationRef(
        @Schema(example = "3") long id,
        @Schema(example = "民进吕梁市委员会") String name,
        OrganisationLevel level) {

    static OrganisationRef of(Organisation o) {
        return new OrganisationRef(o.id, o.name, o.level);
    }
}
