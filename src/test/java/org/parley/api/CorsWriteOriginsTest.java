package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The write origins are configured for every test ({@code %test.parley.cors.write-origins}): no boot of its own. */
@QuarkusTest
class CorsWriteOriginsTest {

    static final String EDITOR = "https://editor.example";

    @Test
    void aConfiguredOriginMayWrite() {
        for (String origin : new String[] {EDITOR, "https://second.example:8443"}) {
            given().header("Origin", origin).header("Access-Control-Request-Method", "PUT")
                    .header("Access-Control-Request-Headers", "authorization,content-type")
                    .when().options("/api/positions/ru-demand-nato-non-expansion")
                    .then().statusCode(200)
                    .header("Access-Control-Allow-Origin", equalTo(origin))
                    .header("Access-Control-Allow-Methods", containsString("PUT"))
                    .header("Access-Control-Allow-Headers", containsString("authorization"));
        }
    }

    @Test
    void othersStillOnlyRead() {
        given().header("Origin", "https://second.example").header("Access-Control-Request-Method", "PUT")
                .when().options("/api/positions/ru-demand-nato-non-expansion")
                .then().statusCode(403);
        given().header("Origin", "https://elsewhere.example").header("Access-Control-Request-Method", "GET")
                .when().options("/api/positions")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("https://elsewhere.example"));
    }
}
