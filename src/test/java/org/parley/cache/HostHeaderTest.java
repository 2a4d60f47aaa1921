package org.parley.cache;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A request naming another host never changes what a normal request gets from the response cache. */
@QuarkusTest
class HostHeaderTest {

    @Test
    void anotherHostsAbsoluteUrlsAreNeverServedToOthers() {
        int size = ThreadLocalRandom.current().nextInt(2, 200);
        for (String path : new String[] {"/api/annotations?size=" + size, "/api/positions?format=csv&size=" + size}) {
            Response evil = given().header("Host", "evil.example").when().get(path);
            // the other host's request renders its own absolute URLs, so the checks below could fail
            evil.then().statusCode(200).body(containsString("evil.example"));
            given().when().get(path).then().statusCode(200).body(not(containsString("evil.example")));
        }
    }
}
