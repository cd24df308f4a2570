package app.chuangxian.common.error;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The documentation page each problem {@code type} URI resolves to: what the problem means and the codes it carries.
 * A page for people, not an operation of the API, so the contract does not list it.
 */
@Path("/api/problems")
@PermitAll
public class ProblemPages {
    @GET
    @Path("/{type}")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public String page(@PathParam("type") String type) {
        String[] page = ProblemTypes.PAGES.get(type);
        if (page == null) {
            throw ApiException.notFound("Problem type", type.length() > 40 ? type.substring(0, 40) : type);
        }
        StringBuilder html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>")
                .append(escape(page[1]))
                .append("</title><h1>")
                .append(page[0])
                .append(' ')
                .append(escape(page[1]))
                .append("</h1><p>")
                .append(escape(page[2]))
                .append("</p><h2>Codes</h2><dl>");
        for (Map.Entry<String, String> code : new TreeMap<>(ProblemCodes.ALL).entrySet()) {
            if (code.getValue().startsWith(page[0] + ":")) {
                html.append("<dt><code>")
                        .append(code.getKey())
                        .append("</code></dt><dd>")
                        .append(escape(code.getValue().substring(4).trim()))
                        .append("</dd>");
            }
        }
        return html.append("</dl><p>See docs/api.md of the product for the error model.</p></html>")
                .toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
