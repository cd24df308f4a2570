package app.chuangxian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every environment variable the API reads is in README's configuration table, and the table names no other. */
class ConfigurationDocsTest {
    private static final Pattern READ = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");
    private static final Pattern ROW = Pattern.compile("^\\| (`[A-Z][A-Z0-9_]*`(?:, `[A-Z][A-Z0-9_]*`)*) \\|");
    private static final Pattern NAME = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
    /** Read by the scripts around the API (make admin), not by the API itself. */
    private static final Set<String> SCRIPTS_ONLY = Set.of("ADMIN_PASSWORD");

    @Test
    void theReadmeTableListsEveryVariable() throws IOException {
        Set<String> read = new TreeSet<>();
        Matcher m = READ.matcher(Files.readString(Path.of("src/main/resources/application.properties")));
        while (m.find()) {
            read.add(m.group(1));
        }
        assertFalse(read.isEmpty(), "application.properties reads no environment variable");
        Set<String> documented = new TreeSet<>();
        List<String> readme = Files.readAllLines(Path.of("../README.md"));
        int start = readme.indexOf("## Configuration");
        for (String line : readme.subList(start, readme.size())) {
            if (line.startsWith("## ") && !line.equals("## Configuration")) {
                break;
            }
            Matcher row = ROW.matcher(line);
            if (row.find()) {
                Matcher name = NAME.matcher(row.group(1));
                while (name.find()) {
                    documented.add(name.group(1));
                }
            }
        }
        documented.removeAll(SCRIPTS_ONLY);
        assertEquals(read, documented, "README's configuration table against what application.properties reads");
    }
}
