package org.parley.embed;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OEmbedTest {

    private static String own() {
        return RestAssured.baseURI + ":" + RestAssured.port;
    }

    @Test
    void answersARichIframeSnippetForAWidgetUrl() {
        String url = own() + "/embed/positions?topic=nato-expansion&party=russia";
        JsonPath oembed = given().queryParam("url", url).queryParam("format", "json")
                .when().get("/oembed")
                .then().statusCode(200).contentType("application/json")
                .body("version", equalTo("1.0"))
                .body("type", equalTo("rich"))
                .body("provider_name", equalTo("Parley"))
                .body("provider_url", equalTo(own() + "/"))
                .body("width", equalTo(900))
                .body("height", equalTo(640))
                .extract().jsonPath();
        assertEquals("<iframe src=\"" + own()
                + "/embed/positions?party=russia&amp;topic=nato-expansion\" width=\"900\" height=\"640\" title=\""
                + oembed.getString("title") + "\" style=\"border:0\" loading=\"lazy\" referrerpolicy=\"no-referrer\">"
                + "</iframe>", oembed.getString("html"));
        given().queryParam("url", own() + "/embed/matrix").when().get("/oembed")
                .then().statusCode(200).body("html", equalTo("<iframe src=\"" + own() + "/embed/matrix\" width=\"900\" "
                        + "height=\"640\" title=\"Parley: positions by party and topic\" style=\"border:0\" "
                        + "loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>"));
    }

    @Test
    void respectsTheConsumersMaximumSize() {
        given().queryParam("url", own() + "/embed/matrix").queryParam("maxwidth", 600).queryParam("maxheight", 2000)
                .when().get("/oembed")
                .then().statusCode(200).body("width", equalTo(600)).body("height", equalTo(640));
    }

    @Test
    void keepsOnlyWellFormedIdsFromTheUrl() {
        given().queryParam("url", own() + "/embed/matrix?party=russia&party=%22%3E%3Cscript%3E&topic=x%27y")
                .when().get("/oembed")
                .then().statusCode(200)
                .body("html", equalTo("<iframe src=\"" + own() + "/embed/matrix?party=russia\" width=\"900\" "
                        + "height=\"640\" title=\"Parley: positions by party and topic\" style=\"border:0\" "
                        + "loading=\"lazy\" referrerpolicy=\"no-referrer\"></iframe>"));
    }

    @Test
    void answers404ForUrlsThatAreNotOurs() {
        for (String url : new String[] {"https://elsewhere.example/embed/matrix", own() + "/api/matrix",
                own() + "/embed/matrix/extra", "http://localhost:1/embed/matrix", "mailto:someone@example.org"}) {
            given().queryParam("url", url).when().get("/oembed")
                    .then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void answers501ForXmlAndOtherFormats() {
        for (String format : new String[] {"xml", "yaml"}) {
            given().queryParam("url", own() + "/embed/matrix").queryParam("format", format)
                    .when().get("/oembed")
                    .then().statusCode(501).contentType("application/problem+json");
        }
    }

    @Test
    void needsAUrl() {
        given().when().get("/oembed").then().statusCode(400).body("errors[0].field", equalTo("url"));
        given().queryParam("url", "http://x y/").when().get("/oembed").then().statusCode(400);
    }
}
