package app.chuangxian.common.todo;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of someone's to-do list: how many things of one kind wait in one campaign. */
@Schema(name = "Todo", description = "How many things of one kind wait for the caller in one campaign")
public record Todo(
        @Schema(description = "What has to be done") TodoKind kind,

        @Schema(description = "The campaign they belong to", example = "2")
        long campaignId,

        @Schema(description = "The campaign's title", example = "2009年度争创先进基层组织活动")
        String campaignTitle,

        @Schema(description = "How many, at least 1", example = "3")
        long count,

        @Schema(
                description = "The nearest date that matters: the earliest deadline still ahead (due), the "
                        + "earliest missed one (overdue), the end of the notice (notice ending); null when "
                        + "the kind has none",
                nullable = true,
                example = "2026-12-20")
        LocalDate dueOn) {}
