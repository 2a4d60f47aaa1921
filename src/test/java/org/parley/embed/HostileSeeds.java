package org.parley.embed;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Seeds whose names, titles, summaries and quotes are markup, script and spreadsheet formulas
 * ({@code src/test/resources/seeds-hostile}). Every place that shows them must show them as text.
 */
public class HostileSeeds implements QuarkusTestProfile {

    static final Path FOLDER = Path.of("src/test/resources/seeds-hostile");
    static final String SCRIPT_QUOTE = "<script>window.pwned=1</script> and then "
            + "<img src=x onerror=\"window.pwned=2;document.title='pwned'\">";
    static final String FORMULA_QUOTE = "=cmd|' /C calc'!A0 is not an answer.";
    static final String PARTY_NAME = "<svg onload=\"window.pwned=4\">Ruritania";
    static final String TOPIC_NAME = "<iframe src=\"javascript:window.pwned=5\"></iframe>Guarantees";
    static final String TITLE = "<img src=x onerror=\"window.pwned=7;document.title='pwned'\">Leaked <b>minutes</b>";
    static final String OUTLET = "<script>window.pwned=8</script>Outlet";
    static final String SUMMARY = "=HYPERLINK(\"http://evil.example\",\"click\") <script>window.pwned=6</script>";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("parley.seeds.path", FOLDER.toString());
    }

    static String text() throws Exception {
        return Files.readString(FOLDER.resolve("hostile-doc.txt"), StandardCharsets.UTF_8);
    }
}
