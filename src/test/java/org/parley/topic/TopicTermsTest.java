package org.parley.topic;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;

/** Topics keep the terms suggestions find them by: shipped for the seeds, and editable like any field. */
@QuarkusTest
class TopicTermsTest {

    @Test
    void seedTopicsCarryTerms() {
        given().get("/api/topics/sanctions").then().statusCode(200).body("terms", hasItem("sanction*"));
    }

    @Test
    void termsAreWrittenThroughTheTopicsApi() {
        String id = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String etag = Tokens.admin().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", "Fisheries", "terms", List.of("fish*", "quota")))
                .when().post("/api/topics").then().statusCode(201)
                .body("terms", equalTo(List.of("fish*", "quota"))).extract().header("ETag");
        Tokens.admin().contentType("application/merge-patch+json").header("If-Match", etag)
                .body(Map.of("terms", List.of("catch limits")))
                .when().patch("/api/topics/" + id).then().statusCode(200)
                .body("terms", equalTo(List.of("catch limits")));
        given().get("/api/topics/" + id).then().body("terms", equalTo(List.of("catch limits")));
    }
}
