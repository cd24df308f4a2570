package app.chuangxian.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.junit.jupiter.api.Test;

class RequiredPropertiesTest {
    private static Schema ref(String name) {
        return OASFactory.createSchema().ref("#/components/schemas/" + name);
    }

    private static Schema object(String... properties) {
        Schema schema = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT);
        for (String p : properties) {
            schema.addProperty(p, OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        }
        return schema;
    }

    private static OpenAPI document() {
        Schema page = object("total");
        page.addProperty(
                "items",
                OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).items(ref("Item")));
        Schema item = object("id")
                .addProperty(
                        "note",
                        OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING, Schema.SchemaType.NULL)));
        Schema scale = object("campaignId", "grades", "version").required(List.of("grades"));
        Schema problem = object("type", "detail").required(List.of("type"));
        Schema request = object("name", "note");
        return OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema("Page", page)
                        .addSchema("Item", item)
                        .addSchema("Scale", scale)
                        .addSchema("Problem", problem)
                        .addSchema("Request", request))
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/items",
                                OASFactory.createPathItem()
                                        .GET(OASFactory.createOperation()
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("200", answer(ref("Page")))
                                                        .addAPIResponse("400", answer(ref("Problem")))))
                                        .POST(OASFactory.createOperation()
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(OASFactory.createContent()
                                                                .addMediaType(
                                                                        "application/json",
                                                                        OASFactory.createMediaType()
                                                                                .schema(ref("Request")))))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("201", answer(ref("Item"))))))
                        .addPathItem(
                                "/scale",
                                OASFactory.createPathItem()
                                        .PUT(OASFactory.createOperation()
                                                .requestBody(OASFactory.createRequestBody()
                                                        .content(OASFactory.createContent()
                                                                .addMediaType(
                                                                        "application/json",
                                                                        OASFactory.createMediaType()
                                                                                .schema(ref("Scale")))))
                                                .responses(OASFactory.createAPIResponses()
                                                        .addAPIResponse("200", answer(ref("Scale")))))));
    }

    private static org.eclipse.microprofile.openapi.models.responses.APIResponse answer(Schema schema) {
        return OASFactory.createAPIResponse()
                .description("answer")
                .content(OASFactory.createContent()
                        .addMediaType(
                                "application/json", OASFactory.createMediaType().schema(schema)));
    }

    @Test
    void requiresEveryPropertyOfWhatOnlyResponsesCarryFollowingReferences() {
        OpenAPI openAPI = document();
        RequiredProperties.mark(openAPI);
        var schemas = openAPI.getComponents().getSchemas();
        assertEquals(List.of("total", "items"), schemas.get("Page").getRequired());
        // reached through Page's items: a nullable property is required too (present, maybe null)
        assertEquals(List.of("id", "note"), schemas.get("Item").getRequired());
    }

    @Test
    void leavesRequestsSchemasUsedBothWaysAndDeclaredListsAlone() {
        OpenAPI openAPI = document();
        RequiredProperties.mark(openAPI);
        var schemas = openAPI.getComponents().getSchemas();
        assertNull(schemas.get("Request").getRequired());
        assertEquals(List.of("grades"), schemas.get("Scale").getRequired());
        assertEquals(List.of("type"), schemas.get("Problem").getRequired());
    }
}
