package app.chuangxian.campaign;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DeliverableType",
        description = "A kind of deliverable of a phase (the configuration, not the submissions)")
public record DeliverableTypeView(
        long id,
        long campaignId,
        long phaseId,
        @Schema(example = "1") int seq,
        @Schema(example = "IMPLEMENTATION_PLAN") String code,
        @Schema(example = "实施方案") String name,
        @Schema(nullable = true) String description,
        boolean required,
        boolean multiple,
        List<FieldDefinition> fields,
        @Schema(example = "0") long version) {

    static DeliverableTypeView of(DeliverableType t) {
        return new DeliverableTypeView(
                t.id,
                t.campaignId,
                t.phaseId,
                t.seq,
                t.code,
                t.name,
                t.description,
                t.required,
                t.multiple,
                t.fields == null ? List.of() : t.fields,
                t.version);
    }
}
