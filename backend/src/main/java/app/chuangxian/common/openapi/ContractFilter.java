package app.chuangxian.common.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Finishes the document produced from the code so that generated clients work unchanged: the standard error
 * responses, documented headers, client-credentials scopes, every property of a response required, examples, and a
 * shape every generator reads the same way
 * (path parameters in path order, no {@code $ref} with sibling keywords, a server). The steps live in their own
 * classes; this one runs them in order.
 */
public class ContractFilter implements OASFilter {
    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(
                OASFactory.createServer().url("/").description("The API at the address this document was read from")));
        openAPI.getInfo()
                .contact(OASFactory.createContact().name("会市委 组织部门 (the committee's organisation department)"))
                .license(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
        new StandardErrorsFilter().filterOpenAPI(openAPI);
        ProblemContract.describe(openAPI);
        ResponseHeaders.document(openAPI);
        ClientScopesContract.require(openAPI);
        if (openAPI.getPaths() != null) {
            openAPI.getPaths()
                    .getPathItems()
                    .forEach(
                            (name, item) -> item.getOperations().values().forEach(op -> orderPathParameters(op, name)));
        }
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(ContractFilter::noRefSiblings);
        }
        RequiredProperties.mark(openAPI);
        Examples.add(openAPI);
        if (openAPI.getPaths() != null) {
            // a public operation says so, rather than leaving readers to guess
            openAPI.getPaths()
                    .getPathItems()
                    .values()
                    .forEach(path -> path.getOperations().values().stream()
                            .filter(op -> op.getSecurity() == null)
                            .forEach(op -> op.setSecurity(new ArrayList<>())));
        }
    }

    /** Path parameters in the order the path names them (campaignId before branchId), then the others as they were. */
    static void orderPathParameters(Operation op, String path) {
        List<Parameter> parameters = op.getParameters();
        if (parameters == null || parameters.size() < 2) {
            return;
        }
        List<Parameter> sorted = new ArrayList<>(parameters);
        sorted.sort(Comparator.comparingInt(
                p -> p.getIn() == Parameter.In.PATH ? path.indexOf("{" + p.getName() + "}") : Integer.MAX_VALUE));
        op.setParameters(sorted);
    }

    /**
     * A {@code $ref} beside other keywords is read differently by each generator (most drop the siblings): the
     * reference moves into {@code allOf}, or into {@code anyOf} with null when the property may be null.
     */
    static void noRefSiblings(Schema schema) {
        if (schema == null) {
            return;
        }
        if (schema.getProperties() != null) {
            for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
                Schema p = property.getValue();
                if (p.getRef() != null && hasSiblings(p)) {
                    boolean nullable = p.getType() != null && p.getType().contains(Schema.SchemaType.NULL);
                    Schema target = OASFactory.createSchema().ref(p.getRef());
                    p.setRef(null);
                    p.setType(null);
                    if (nullable) {
                        p.setAnyOf(List.of(target, OASFactory.createSchema().addType(Schema.SchemaType.NULL)));
                    } else {
                        p.setAllOf(List.of(target));
                    }
                }
                noRefSiblings(p);
            }
        }
        if (schema.getItems() != null) {
            noRefSiblings(schema.getItems());
        }
    }

    private static boolean hasSiblings(Schema p) {
        return p.getDescription() != null
                || p.getType() != null
                || p.getExamples() != null
                || p.getDefaultValue() != null
                || p.getDeprecated() != null;
    }
}
