package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The contract in openapi/ is what the service serves, line for line, so it never drifts from the code unnoticed.
 * After changing the API, refresh it with {@value #REFRESH} (which runs this test with
 * {@code parley.openapi.refresh=true}: it writes the served documents instead of comparing them) and commit the
 * difference with the change.
 */
@QuarkusTest
class OpenApiContractTest {

    static final String REFRESH = "mvn -B test -Prefresh-openapi";

    @ParameterizedTest
    @ValueSource(strings = {"yaml", "json"})
    void servesTheCommittedContract(String format) throws IOException {
        Path committed = Path.of(System.getProperty("parley.openapi.dir", "openapi"), "openapi." + format);
        String served = given().queryParam("format", format)
                .when().get("/q/openapi")
                .then().statusCode(200).extract().asString();

        if (Boolean.getBoolean("parley.openapi.refresh")) {
            Files.writeString(committed, served.endsWith("\n") ? served : served + "\n");
            return;
        }
        String diff = UnifiedDiff.of(committed.toString(), "/q/openapi?format=" + format,
                Files.readString(committed), served);
        if (!diff.isEmpty()) {
            fail("The served OpenAPI document differs from the committed " + committed + ". If the change is "
                    + "intended, refresh the contract with `" + REFRESH + "` and commit it.\n" + diff);
        }
    }
}
