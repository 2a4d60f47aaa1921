package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Collections;
import org.junit.jupiter.api.Test;

/** Requests built to hurt get a clear 4xx, never a 500 or a stack trace. */
@QuarkusTest
class AbuseTest {

    @Test
    void anOversizedSearchOrTooManyFilterValuesAre400() {
        given().queryParam("q", "word ".repeat(201)).when().get("/api/positions")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("q"));
        given().queryParam("party", Collections.nCopies(51, "russia").stream()
                .map(p -> p + Math.random()).toList()).when().get("/api/positions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("at most 50 values"));
    }

    /**
     * A request line past the server's limit ({@code quarkus.http.limits.max-initial-line-length}, 4,096) is refused
     * by the HTTP layer before any resource sees it: 414 URI Too Long (RFC 9110, 15.5.15), not a generic 400.
     */
    @Test
    void aQueryStringPastTheServersLineLimitIs414() {
        given().queryParam("q", "x".repeat(20_000)).when().get("/api/positions")
                .then().statusCode(414).body(not(containsString("Exception")));
    }

    @Test
    void pageSizesPastTheLimitAre400() {
        for (String size : new String[] {"201", "-1", "0", "999999999999"}) {
            given().queryParam("size", size).when().get("/api/positions")
                    .then().statusCode(400).contentType("application/problem+json");
        }
    }

    @Test
    void deepNestingAndUnknownFieldsAre400() {
        editor().contentType("application/merge-patch+json").header("If-Match", "\"0-x\"")
                .body("{\"a\": ".repeat(1000) + "1" + "}".repeat(1000))
                .when().patch("/api/positions/ru-demand-nato-non-expansion")
                .then().statusCode(400).body("detail", containsString("nested more than"));
        editor().contentType(ContentType.JSON).body("{\"title\": \"T\", \"text\": \"t\", \"owner\": \"me\"}")
                .when().post("/api/documents")
                .then().statusCode(400).body("detail", containsString("unknown field 'owner'"));
    }
}
