package org.parley.suggest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The review page's shell: the widget's policy with no framing, no data in the HTML, its assets served. */
@QuarkusTest
class ReviewPageTest {

    @Test
    void theShellCarriesThePolicyAndNoData() {
        String html = given().when().get("/review/some-document-id")
                .then().statusCode(200)
                .contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(ReviewPageResource.CONTENT_SECURITY_POLICY))
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("X-Frame-Options", equalTo("DENY"))
                .header("Referrer-Policy", equalTo("no-referrer"))
                .body(not(containsString("some-document-id")))
                .extract().asString();
        String script = html.replaceAll("(?s).*<script src=\"([^\"]+)\".*", "$1");
        String style = html.replaceAll("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");
        given().when().get("/review/" + script).then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("textContent"))
                .body(not(containsString("innerHTML")));
        given().when().get("/review/" + style).then().statusCode(200).contentType(startsWith("text/css"));
    }

    @Test
    void anIdThatCannotBeADocumentIsAProblem() {
        given().when().get("/review/Not%20An%20Id").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404));
    }
}
