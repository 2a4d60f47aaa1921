package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every error is RFC 9457 problem details with the right status, and never leaks the server's insides. */
@QuarkusTest
class ProblemDetailsTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/parties/nope", "/api/topics/nope", "/api/documents/nope", "/api/positions/nope",
            "/api/demands/nope", "/api/no-such-resource"})
    void unknownIdsAndPathsAre404(String path) {
        problem(given().when().get(path).then(), 404).body("instance", equalTo(path));
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=0", "size=201", "page=0", "page=abc", "size=1e3", "from=yesterday",
            "to=2022-13-01", "kind=ULTIMATUM", "from=2022-02-02&to=2022-01-01"})
    void badFiltersAndPagesAre400(String query) {
        problem(given().when().get("/api/positions?" + query).then(), 400);
    }

    @Test
    void aBadPageSaysWhichParameterAndWhy() {
        problem(given().when().get("/api/parties?size=500").then(), 400)
                .body("errors[0].field", equalTo("size"))
                .body("detail", containsString("between 1 and 200"));
        problem(given().when().get("/api/positions?kind=ULTIMATUM").then(), 400)
                .body("detail", containsString("'ULTIMATUM' is not one of [DEMAND"));
    }

    @Test
    void anOverlongSearchIs400() {
        problem(given().when().get("/api/positions?q=" + "a".repeat(1001)).then(), 400)
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aMethodTheResourceDoesNotAllowIs405() {
        problem(given().when().delete("/api/parties").then(), 405);
    }

    private static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("org.parley")))
                .body(not(containsString("\tat ")));
    }
}
