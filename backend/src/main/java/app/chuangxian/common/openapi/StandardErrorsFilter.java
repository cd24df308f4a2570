package app.chuangxian.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Gives every operation the error responses it can produce (400; 401 and 403 when secured; 404 when the
 * path names a record), each with the problem+json body, so resources declare only what is special to them.
 */
public class StandardErrorsFilter implements OASFilter {
    private static final String PROBLEM = "application/problem+json";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            // the signed-in account's own paths answer 404 when the account no longer exists
            boolean namesRecord = path.getKey().contains("{") || path.getKey().startsWith("/api/v1/me");
            for (Operation op : path.getValue().getOperations().values()) {
                APIResponses responses = op.getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.setResponses(responses);
                }
                boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
                add(responses, "400", "Invalid request: the problem names the offending fields");
                if (secured) {
                    add(responses, "401", "Not signed in, or the token is invalid or expired");
                    add(responses, "403", "The caller's role may not use this operation");
                }
                if (namesRecord) {
                    add(responses, "404", "No such record, or not visible to the caller");
                }
                responses.getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("4") || code.startsWith("5")) {
                        problemBody(response);
                    }
                });
            }
        }
    }

    private static void add(APIResponses responses, String code, String description) {
        if (!responses.hasAPIResponse(code)) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    /** Error responses without a body description get the problem schema. */
    private static void problemBody(APIResponse response) {
        if (response.getContent() != null
                && !response.getContent().getMediaTypes().isEmpty()) {
            return;
        }
        response.setContent(OASFactory.createContent()
                .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
    }
}
