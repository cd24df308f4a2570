package app.chuangxian.campaign;

import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Standard", description = "An evaluation standard (基本标准) with its indicators")
public record StandardView(
        long id,
        long campaignId,
        @Schema(example = "1") int seq,
        @Schema(example = "STUDY") String code,
        @Schema(example = "重视学习") String name,
        @Schema(nullable = true) String description,
        @Schema(example = "25.0") BigDecimal maxPoints,
        List<IndicatorView> indicators,

        @Schema(
                description = "Inherited with its indicators from the adopted parent campaign: it cannot be changed"
                        + " or deleted here")
        boolean inherited,

        @Schema(description = "Raised on every change of the standard or its indicators", example = "0")
        long version) {

    @Schema(name = "Indicator", description = "An indicator (考核细则), scored 0..maxPoints in steps of 0.5")
    public record IndicatorView(
            long id,
            int seq,
            String code,
            String name,
            @Schema(nullable = true) String description,
            BigDecimal maxPoints) {
        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.id, i.seq, i.code, i.name, i.description, i.maxPoints);
        }
    }

    static StandardView of(Standard s, List<Indicator> indicators) {
        return new StandardView(
                s.id,
                s.campaignId,
                s.seq,
                s.code,
                s.name,
                s.description,
                s.maxPoints,
                indicators.stream().map(IndicatorView::of).toList(),
                s.inherited,
                s.version);
    }
}
