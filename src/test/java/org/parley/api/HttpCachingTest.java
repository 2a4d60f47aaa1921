package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.parley.Tokens.admin;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.Fixtures;

/** Strong ETags on every read, 304 when the client's copy is current, and tags that move only with the data. */
@QuarkusTest
class HttpCachingTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/parties", "/api/parties/russia", "/api/topics/sanctions", "/api/documents",
            "/api/documents/001_949e2e32b0da38f4", "/api/documents/001_949e2e32b0da38f4/text?char=0,20",
            "/api/positions?party=nato", "/api/positions/ru-demand-nato-non-expansion", "/api/demands",
            "/api/responses"})
    void everyReadIsTaggedAndRevalidatesTo304(String path) {
        String etag = given().when().get(path).then().statusCode(200)
                .header("ETag", matchesPattern("\"[^\"]+\""))
                .header("Cache-Control", "max-age=0, must-revalidate")
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
        given().header("If-None-Match", "\"something-else\"").when().get(path).then().statusCode(200);
        assertEquals(etag, given().when().get(path).then().extract().header("ETag"), "a repeated read is the same");
    }

    @Test
    void aTagChangesWhenAndOnlyWhenTheDataBehindItChanges() {
        String topic = "/api/topics/" + Fixtures.topic();
        String other = "/api/topics/" + Fixtures.topic();
        String list = "/api/topics?size=200";
        String before = given().when().get(topic).then().extract().header("ETag");
        String otherBefore = given().when().get(other).then().extract().header("ETag");
        String listBefore = given().when().get(list).then().extract().header("ETag");

        admin().contentType("application/merge-patch+json").header("If-Match", before)
                .body("{\"description\": \"Transparency about deployments and exercises, and how it is verified.\"}")
                .when().patch(topic).then().statusCode(200);

        assertNotEquals(before, given().when().get(topic).then().extract().header("ETag"));
        assertNotEquals(listBefore, given().when().get(list).then().extract().header("ETag"));
        assertEquals(otherBefore, given().when().get(other).then().extract().header("ETag"));
        given().header("If-None-Match", before).when().get(topic).then().statusCode(200);
    }

    /** Reads the plain representation: REST Assured would otherwise ask for gzip, whose tag is its own. */
    private static RequestSpecification plain() {
        return GzipTest.raw("identity");
    }

    @Test
    void writesAnswerWithTheNewTagAndItRevalidates() {
        String path = "/api/positions/" + Fixtures.position();
        String etag = plain().when().get(path).then().extract().header("ETag");
        String updated = editor().contentType("application/merge-patch+json").header("If-Match", etag)
                .body("{\"statedOn\": \"2022-01-09\"}")
                .when().patch(path)
                .then().statusCode(200).header("ETag", not(equalTo(etag))).extract().header("ETag");
        given().header("If-None-Match", updated).when().get(path).then().statusCode(304);
        assertEquals(List.of(updated), List.of(plain().when().get(path).then().extract().header("ETag")));
    }
}
