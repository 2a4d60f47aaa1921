package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Any origin may read; a foreign origin may not write, nor get a preflight that would let it. */
@QuarkusTest
class CorsTest {

    static final String DASHBOARD = "https://dashboard.example";

    @Test
    void aPreflightForAReadFromAnyOriginIsAllowed() {
        given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .when().options("/api/matrix")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Allow-Methods", containsString("GET"))
                .header("Access-Control-Allow-Headers", containsString("if-none-match"))
                .header("Vary", containsString("Origin"));
    }

    @Test
    void aReadFromAnyOriginGetsItsCorsHeaders() {
        given().header("Origin", DASHBOARD)
                .when().get("/api/positions?size=2")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(DASHBOARD))
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("X-Total-Count"));
        List<String> vary = given().header("Origin", DASHBOARD).when().get("/api/positions?size=2")
                .then().extract().headers().getValues("Vary");
        assertTrue(String.join(",", vary).contains("Origin") && String.join(",", vary).contains("Accept"),
                "varies on Origin and Accept: " + vary);
    }

    @Test
    void aPreflightForAWriteFromAForeignOriginIsRefused() {
        for (String method : new String[] {"PUT", "POST", "PATCH", "DELETE"}) {
            given().header("Origin", DASHBOARD).header("Access-Control-Request-Method", method)
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .when().options("/api/positions/ru-demand-nato-non-expansion")
                    .then().statusCode(403)
                    .header("Access-Control-Allow-Origin", nullValue())
                    .header("Access-Control-Allow-Methods", nullValue());
        }
    }

    @Test
    void aWriteFromAForeignOriginIsRefusedWithProblemDetails() {
        given().header("Origin", DASHBOARD).contentType("application/json").body("{}")
                .when().put("/api/positions/ru-demand-nato-non-expansion")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue())
                .body("type", equalTo("/problems/write-origin-refused"))
                .body("detail", containsString(DASHBOARD));
    }

    @Test
    void theServicesOwnOriginMayWrite() {
        String own = RestAssured.baseURI + ":" + RestAssured.port;
        given().header("Origin", own).header("Access-Control-Request-Method", "PUT")
                .when().options("/api/positions/ru-demand-nato-non-expansion")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo(own))
                .header("Access-Control-Allow-Methods", containsString("PUT"));
    }
}
