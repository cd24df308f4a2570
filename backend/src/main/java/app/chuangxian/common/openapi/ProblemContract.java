package app.chuangxian.common.openapi;

import app.chuangxian.common.error.ProblemCodes;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Lists every problem code with its meaning on the Problem schema: as a table in the description (what people read)
 * and as {@code x-problem-codes} (what tools read). The list is documentation, not an enum: a later version may add a
 * code, and a client treats a code it does not know by the status (docs/api.md).
 */
final class ProblemContract {
    private ProblemContract() {}

    static void describe(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        // A field error's param is a string or a number; the annotation of an interface would also call it an object.
        Schema param = openAPI.getComponents().getSchemas().get("FieldErrorParam");
        if (param != null) {
            param.setType(null);
        }
        Schema problem = openAPI.getComponents().getSchemas().get("Problem");
        if (problem == null || problem.getProperties() == null) {
            return;
        }
        Schema code = problem.getProperties().get("code");
        Map<String, String> codes = new TreeMap<>(ProblemCodes.ALL);
        StringBuilder table = new StringBuilder(code.getDescription())
                .append(". A later version may add codes: treat an "
                        + "unknown one by the HTTP status.\n\n| code | status: meaning |\n|---|---|\n");
        codes.forEach((name, meaning) ->
                table.append("| `").append(name).append("` | ").append(meaning).append(" |\n"));
        code.setDescription(table.toString());
        code.addExtension("x-problem-codes", codes);
    }
}
