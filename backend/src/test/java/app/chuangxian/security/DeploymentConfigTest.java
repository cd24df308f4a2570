package app.chuangxian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The production shape (docker-compose.yml and the SPA's nginx.conf) cannot run here, so its security settings are
 * read and compared: headers repeated in every location that adds any, HSTS by scheme, the client's address passed
 * in a way that cannot be forged, and the API trusting exactly nginx's address.
 */
class DeploymentConfigTest {
    private static final List<String> PAGE_HEADERS = List.of(
            "X-Content-Type-Options",
            "Referrer-Policy",
            "X-Frame-Options",
            "Content-Security-Policy",
            "Strict-Transport-Security");

    private static String nginx() throws IOException {
        // comments and quoted bodies (a JSON body has braces) are not structure
        return Files.readString(Path.of("../frontend/nginx.conf"))
                .replaceAll("(?m)^\\s*#.*$", "")
                .replaceAll("'[^']*'", "''");
    }

    /** The body of each location (and the server level), keyed by its name. */
    private static Map<String, String> blocks(String conf) {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher m = Pattern.compile("location\\s+(?:=\\s+)?([^\\s{]+)\\s*\\{([^}]*)}")
                .matcher(conf);
        StringBuilder server = new StringBuilder(conf);
        List<int[]> spans = new ArrayList<>();
        while (m.find()) {
            blocks.put(m.group(1), m.group(2));
            spans.add(new int[] {m.start(), m.end()});
        }
        for (int i = spans.size() - 1; i >= 0; i--) {
            server.delete(spans.get(i)[0], spans.get(i)[1]);
        }
        blocks.put("server", server.toString());
        return blocks;
    }

    private static List<String> addedHeaders(String block) {
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("add_header\\s+([A-Za-z-]+)").matcher(block);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    @Test
    void everyLocationThatAddsHeadersRepeatsTheSecurityHeadersOnce() throws IOException {
        Map<String, String> blocks = blocks(nginx());
        assertTrue(addedHeaders(blocks.get("server")).containsAll(PAGE_HEADERS), "server level");
        for (var block : blocks.entrySet()) {
            List<String> added = addedHeaders(block.getValue());
            for (String name : added) {
                assertEquals(1, added.stream().filter(name::equals).count(), name + " twice in " + block.getKey());
            }
            boolean proxied = block.getValue().contains("proxy_pass");
            if (added.isEmpty() || proxied) {
                continue;
            }
            assertTrue(
                    added.containsAll(PAGE_HEADERS),
                    block.getKey() + " adds headers, so it must repeat " + PAGE_HEADERS
                            + " (nginx drops the inherited ones); it adds " + added);
        }
    }

    @Test
    void proxiedLocationsPassTheClientAddressAndAddOnlyHsts() throws IOException {
        String conf = nginx();
        assertTrue(
                conf.matches(
                        "(?s).*map \\$scheme \\$hsts \\{\\s*https\\s+\"max-age=\\d+; includeSubDomains\";\\s*default\\s+\"\";.*"),
                "HSTS is sent over TLS only");
        for (var block : blocks(conf).entrySet()) {
            if (!block.getValue().contains("proxy_pass")) {
                continue;
            }
            String body = block.getValue();
            assertTrue(
                    body.contains("proxy_set_header X-Forwarded-For $remote_addr;"),
                    block.getKey()
                            + ": X-Forwarded-For must be replaced, not appended to ($proxy_add_x_forwarded_for)");
            assertTrue(body.contains("proxy_set_header X-Forwarded-Proto $scheme;"), block.getKey());
            assertEquals(
                    List.of("Strict-Transport-Security"),
                    addedHeaders(body),
                    block.getKey() + ": the API sends its own headers; nginx adds HSTS only");
            assertTrue(body.contains("proxy_hide_header Strict-Transport-Security;"), block.getKey());
        }
        assertTrue(
                conf.contains("error_page 414 /problems/uri-too-long;")
                        && conf.contains("default_type application/problem+json;"),
                "nginx answers its own 414 as problem+json");
    }

    @Test
    void nginxCompressesTextAndPassesHealthToTheApi() throws IOException {
        String conf = nginx();
        assertTrue(conf.matches("(?s).*\\bgzip on;.*"), "gzip on");
        Matcher types = Pattern.compile("gzip_types ([^;]*);").matcher(conf);
        assertTrue(types.find(), "gzip_types");
        for (String type : List.of("application/javascript", "text/css", "application/json")) {
            assertTrue(types.group(1).contains(type), "gzip_types lacks " + type);
        }
        assertTrue(
                blocks(conf).getOrDefault("/q/health", "").contains("proxy_pass http://api:8080;"),
                "/q/health reaches the API instead of the SPA's index page");
    }

    @Test
    void composeHasNoDefaultPasswords() throws IOException {
        JsonNode services = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("../docker-compose.yml").toFile())
                .path("services");
        List<String> defaults = new ArrayList<>();
        services.fields()
                .forEachRemaining(service -> service.getValue()
                        .path("environment")
                        .fields()
                        .forEachRemaining(variable -> {
                            if (variable.getKey().contains("PASSWORD")
                                    && !variable.getValue().asText().matches("\\$\\{[A-Z_]+:\\?[^}]+}")) {
                                defaults.add(service.getKey() + "." + variable.getKey() + "="
                                        + variable.getValue().asText());
                            }
                        }));
        assertEquals(List.of(), defaults, "passwords must be required (${NAME:?message}), never defaulted");
        assertTrue(Files.exists(Path.of("../.env.example")), ".env.example lists what to set");
    }

    @Test
    void theApiTrustsForwardedAddressesFromNginxAlone() throws IOException {
        JsonNode compose = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("../docker-compose.yml").toFile());
        JsonNode api = compose.path("services").path("api").path("environment");
        assertEquals("true", api.path("PROXY_ADDRESS_FORWARDING").asText());
        String trusted = resolve(api.path("TRUSTED_PROXIES").asText());
        String nginxAddress = resolve(compose.path("services")
                .path("web")
                .path("networks")
                .path("internal")
                .path("ipv4_address")
                .asText());
        assertEquals(nginxAddress, trusted, "the API trusts exactly nginx's fixed address");
        assertFalse(trusted.contains("/"), "a single address, not a network");
        String subnet = resolve(compose.path("networks")
                .path("internal")
                .path("ipam")
                .path("config")
                .get(0)
                .path("subnet")
                .asText());
        assertTrue(
                subnet.startsWith(nginxAddress.substring(0, nginxAddress.lastIndexOf('.') + 1)),
                "nginx's address lies in the compose network " + subnet);
        assertTrue(
                compose.path("services").path("api").path("ports").isMissingNode(),
                "the API publishes no port: clients reach it through nginx only");
    }

    /** ${NAME:-default} as compose reads it without an environment. */
    private static String resolve(String value) {
        Matcher m = Pattern.compile("\\$\\{[A-Z_]+:-([^}]*)}").matcher(value);
        return m.matches() ? m.group(1) : value;
    }
}
