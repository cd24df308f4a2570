package app.chuangxian.common.openapi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Marks every property of a response schema required. The API writes every component of a response record, null
 * included (no {@code @JsonInclude} on them and no {@code quarkus.jackson.serialization-inclusion}), so a client may
 * rely on each property being present; a nullable one stays nullable ({@code [T, 'null']} or {@code anyOf} with null):
 * present, maybe null.
 *
 * <p>Which schemas are responses is read from the document: those reached from a response body, following
 * {@code $ref} transitively, and never from a request body or a parameter. A schema used both ways (a grade scale read
 * and replaced whole) keeps the {@code required} that bean validation gave it, because a request may leave its other
 * properties out. A response schema that already lists what is required keeps its list: that is a record written
 * sparsely ({@code @JsonInclude(NON_EMPTY)}, the problem details) which names its always-present members itself.
 */
final class RequiredProperties {
    private static final String COMPONENT = "#/components/schemas/";

    private RequiredProperties() {}

    static void mark(OpenAPI openAPI) {
        if (openAPI.getPaths() == null
                || openAPI.getComponents() == null
                || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        Map<String, Schema> components = openAPI.getComponents().getSchemas();
        List<Schema> responses = new ArrayList<>();
        List<Schema> requests = new ArrayList<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            if (item.getParameters() != null) {
                item.getParameters().forEach(p -> requests.addAll(schemasOf(p)));
            }
            for (Operation op : item.getOperations().values()) {
                if (op.getParameters() != null) {
                    op.getParameters().forEach(p -> requests.addAll(schemasOf(p)));
                }
                if (op.getRequestBody() != null) {
                    requests.addAll(schemasOf(op.getRequestBody().getContent()));
                }
                if (op.getResponses() != null) {
                    for (APIResponse response :
                            op.getResponses().getAPIResponses().values()) {
                        responses.addAll(schemasOf(response.getContent()));
                        if (response.getHeaders() != null) {
                            for (Header header : response.getHeaders().values()) {
                                if (header.getSchema() != null) {
                                    responses.add(header.getSchema());
                                }
                            }
                        }
                    }
                }
            }
        });
        Set<String> read = reached(responses, components);
        Set<String> written = reached(requests, components);
        read.removeAll(written);
        for (String name : read) {
            Schema schema = components.get(name);
            if (schema.getProperties() == null
                    || schema.getProperties().isEmpty()
                    || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }

    private static List<Schema> schemasOf(Parameter parameter) {
        List<Schema> out = new ArrayList<>();
        if (parameter.getSchema() != null) {
            out.add(parameter.getSchema());
        }
        out.addAll(schemasOf(parameter.getContent()));
        return out;
    }

    private static List<Schema> schemasOf(Content content) {
        List<Schema> out = new ArrayList<>();
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType media : content.getMediaTypes().values()) {
                if (media.getSchema() != null) {
                    out.add(media.getSchema());
                }
            }
        }
        return out;
    }

    /** The names of the component schemas the given schemas refer to, directly or through other schemas. */
    private static Set<String> reached(Collection<Schema> roots, Map<String, Schema> components) {
        Set<String> names = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(COMPONENT)) {
                String name = schema.getRef().substring(COMPONENT.length());
                Schema target = components.get(name);
                if (target != null && names.add(name)) {
                    todo.push(target);
                }
            }
            addAll(
                    todo,
                    schema.getProperties() == null
                            ? null
                            : schema.getProperties().values());
            addAll(todo, schema.getAllOf());
            addAll(todo, schema.getAnyOf());
            addAll(todo, schema.getOneOf());
            addAll(todo, schema.getPrefixItems());
            addAll(
                    todo,
                    schema.getPatternProperties() == null
                            ? null
                            : schema.getPatternProperties().values());
            add(todo, schema.getItems());
            add(todo, schema.getNot());
            add(todo, schema.getAdditionalPropertiesSchema());
        }
        return names;
    }

    private static void addAll(Deque<Schema> todo, Collection<Schema> schemas) {
        if (schemas != null) {
            schemas.forEach(s -> add(todo, s));
        }
    }

    private static void add(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }
}
