package app.chuangxian.common.openapi;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the response headers clients act on: Location of what a 201 created, Retry-After of a 429 or 503,
 * Content-Disposition of a file to save (not of a picture to show). The X-Request-Id every answer carries is described
 * once, in docs/api.md and on the Problem schema, rather than on every response.
 */
final class ResponseHeaders {
    private ResponseHeaders() {}

    static void document(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths()
                .getPathItems()
                .values()
                .forEach(path -> path.getOperations().values().forEach(op -> {
                    if (op.getResponses() == null) {
                        return;
                    }
                    for (Map.Entry<String, APIResponse> entry :
                            op.getResponses().getAPIResponses().entrySet()) {
                        APIResponse response = entry.getValue();
                        switch (entry.getKey()) {
                            case "201" ->
                                add(
                                        response,
                                        "Location",
                                        "The address of the record created",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.STRING)
                                                .format("uri-reference"));
                            case "429", "503" ->
                                add(
                                        response,
                                        "Retry-After",
                                        "Seconds to wait before trying again",
                                        OASFactory.createSchema()
                                                .addType(Schema.SchemaType.INTEGER)
                                                .minimum(java.math.BigDecimal.ONE));
                            default -> {
                                if (entry.getKey().startsWith("2") && isFile(response)) {
                                    add(
                                            response,
                                            "Content-Disposition",
                                            "attachment with the file name, in Chinese as RFC 5987 "
                                                    + "filename* and in ASCII as filename",
                                            OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                                }
                            }
                        }
                    }
                }));
    }

    /** A file to save; a picture to show (a thumbnail) carries no Content-Disposition. */
    private static boolean isFile(APIResponse response) {
        return response.getContent() != null
                && response.getContent().getMediaTypes().keySet().stream()
                        .anyMatch(type -> !type.contains("json") && !type.startsWith("image/"));
    }

    private static void add(APIResponse response, String name, String description, Schema schema) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader()
                .description(description)
                .required(true)
                .schema(schema);
        response.addHeader(name, header);
    }
}
