package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** With parley.http.public-url set, every absolute URL starts with it, whatever Host a request names. */
@QuarkusTest
@TestProfile(PublicUrlTest.BehindAProxy.class)
class PublicUrlTest {

    static final String PUBLIC = "https://parley.example.org/tracker";

    public static class BehindAProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.http.public-url", PUBLIC);
        }
    }

    @Test
    void annotationIrisStartWithThePublicUrl() {
        given().header("Host", "evil.example").when().get("/api/annotations?size=2&party=russia")
                .then().statusCode(200)
                .body("id", equalTo(PUBLIC + "/api/annotations?party=russia&page=1&size=2"))
                .body("partOf.id", equalTo(PUBLIC + "/api/annotations?party=russia"))
                .body("items[0].id", startsWith(PUBLIC + "/api/annotations/"))
                .body("items[0].target.source.id", startsWith(PUBLIC + "/api/documents/"))
                .body(not(containsString("evil.example")));
    }

    @Test
    void csvLinksStartWithThePublicUrl() {
        for (String path : new String[] {"/api/positions?format=csv&size=3", "/api/export/positions.csv?party=nato",
            "/api/matrix?format=csv"}) {
            given().header("Host", "evil.example").when().get(path)
                    .then().statusCode(200)
                    .body(allOf(containsString(PUBLIC + "/api/"), not(containsString("evil.example"))));
        }
    }

    @Test
    void oEmbedAndTheWidgetUseThePublicUrl() {
        given().header("Host", "evil.example").queryParam("url", PUBLIC + "/embed/matrix?party=russia")
                .when().get("/oembed")
                .then().statusCode(200)
                .body("provider_url", equalTo(PUBLIC + "/"))
                .body("html", containsString("src=\"" + PUBLIC + "/embed/matrix?party=russia\""));
        given().header("Host", "evil.example").when().get("/embed/matrix")
                .then().statusCode(200)
                .body(containsString("href=\"" + PUBLIC + "/oembed?format=json&amp;url=https%3A%2F%2Fparley.example.org"
                        + "%2Ftracker%2Fembed%2Fmatrix\""))
                .body(not(containsString("evil.example")));
    }
}
