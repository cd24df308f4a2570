package app.chuangxian.common;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every write that needs nothing but the version read (archive, publish, submit...); see {@link Versions}. */
@Schema(name = "VersionRequest", description = "The version of the record you read, for optimistic locking")
public record VersionRequest(@NotNull @Schema(example = "3") Long version) {}
