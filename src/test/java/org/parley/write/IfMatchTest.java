package org.parley.write;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A write names the version it read: If-Match: * is refused, and a 412 says in its ETag header what is current. */
@QuarkusTest
class IfMatchTest {

    private static final String PATCH = "application/merge-patch+json";

    private static String created() {
        String id = "if-match-" + UUID.randomUUID().toString().substring(0, 8);
        editor().contentType(ContentType.JSON).body(Api.position(id, "first")).when().post("/api/positions")
                .then().statusCode(201);
        return id;
    }

    @Test
    void ifMatchStarIsRefusedAsNamingNoVersionAndChangesNothing() {
        String id = created();
        for (String star : new String[] {"*", "\"x\", *"}) {
            editor().contentType(PATCH).header("If-Match", star).body("{\"summary\": \"changed\"}")
                    .when().patch("/api/positions/" + id)
                    .then().statusCode(428).contentType("application/problem+json");
        }
        given().when().get("/api/positions/" + id).then().statusCode(200).body("summary", equalTo("first"));
    }

    @Test
    void aStaleIfMatchIs412WithTheCurrentETagInAHeader() {
        String id = created();
        String first = given().when().get("/api/positions/" + id).then().extract().header("ETag");
        String second = editor().contentType(PATCH).header("If-Match", first).body("{\"summary\": \"second\"}")
                .when().patch("/api/positions/" + id).then().statusCode(200).extract().header("ETag");
        editor().contentType(PATCH).header("If-Match", first).body("{\"summary\": \"third\"}")
                .when().patch("/api/positions/" + id)
                .then().statusCode(412).contentType("application/problem+json")
                .header("ETag", equalTo(second)).body("detail", not(containsString(second)));
        editor().contentType(PATCH).header("If-Match", second).body("{\"summary\": \"third\"}")
                .when().patch("/api/positions/" + id).then().statusCode(200);
    }
}
