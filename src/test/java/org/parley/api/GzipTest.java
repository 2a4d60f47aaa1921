package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.parley.Tokens.editor;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parley.Fixtures;

/** Larger reads go gzip-coded to clients that accept it: the same bytes once decoded, tagged as the same state. */
@QuarkusTest
public class GzipTest {

    /** A client that sees the bytes on the wire: REST Assured would otherwise decode them itself. */
    public static RequestSpecification raw(String acceptEncoding) {
        return given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", acceptEncoding);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/matrix", "/api/matrix?format=csv", "/api/positions?size=100",
            "/api/documents/001_949e2e32b0da38f4"})
    void aCompressedReadDecodesToTheSameBytesUnderTheSameState(String path) throws IOException {
        Response plain = raw("identity").get(path);
        plain.then().statusCode(200);
        assertNull(plain.header("Content-Encoding"));
        Response plainAgain = raw("identity").get(path);
        assertArrayEquals(plain.asByteArray(), plainAgain.asByteArray(), "the kept gzip coding, decoded for this client");
        assertEquals(plain.header("ETag"), plainAgain.header("ETag"));
        assertEquals(plain.contentType(), plainAgain.contentType());
        // The first read renders and compresses; the second comes from memory. Both must agree.
        for (int read = 0; read < 2; read++) {
            Response gzip = raw("br;q=1.0, gzip;q=0.8").get(path);
            gzip.then().statusCode(200);
            assertEquals("gzip", gzip.header("Content-Encoding"));
            assertTrue(gzip.header("Vary").contains("Accept-Encoding"));
            assertTrue(gzip.asByteArray().length < plain.asByteArray().length, "compression shrinks it");
            assertArrayEquals(plain.asByteArray(), gunzip(gzip.asByteArray()));
            assertEquals(plain.contentType(), gzip.contentType());
            assertEquals(1, gzip.headers().getValues("Content-Type").size(), "one Content-Type");
            assertEquals(Gzip.tag(plain.header("ETag")), gzip.header("ETag"));
        }
    }

    @Test
    void eitherTagRevalidatesEitherCoding() {
        String path = "/api/matrix";
        String plainTag = raw("identity").get(path).header("ETag");
        String gzipTag = raw("gzip").get(path).header("ETag");
        raw("gzip").header("If-None-Match", plainTag).get(path).then().statusCode(304).header("ETag", gzipTag);
        raw("identity").header("If-None-Match", gzipTag).get(path).then().statusCode(304).header("ETag", plainTag);
    }

    @Test
    void aRefusedOrSmallBodyIsSentAsItIs() {
        assertNull(raw("gzip;q=0, identity").get("/api/matrix").header("Content-Encoding"));
        assertNull(raw("*;q=0, identity").get("/api/matrix").header("Content-Encoding"));
        assertEquals("gzip", raw("*").get("/api/matrix").header("Content-Encoding"));
        Response small = raw("gzip").get("/api/topics/sanctions");
        small.then().statusCode(200);
        assertTrue(small.asByteArray().length < Gzip.MIN_SIZE);
        assertNull(small.header("Content-Encoding"));
    }

    @Test
    void theTagOfTheCompressedReadGuardsAWrite() {
        // A summary long enough that the position is sent gzip-coded.
        String path = "/api/positions/" + Fixtures.position("A long summary. ".repeat(50));
        String gzipTag = raw("gzip").get(path).then().statusCode(200).header("Content-Encoding", "gzip")
                .extract().header("ETag");
        editor().contentType("application/merge-patch+json").header("If-Match", gzipTag)
                .body("{\"statedOn\": \"2022-01-08\"}").when().patch(path).then().statusCode(200);
        editor().contentType("application/merge-patch+json").header("If-Match", gzipTag)
                .body("{\"statedOn\": \"2022-01-09\"}").when().patch(path).then().statusCode(412);
    }

    @Test
    void acceptEncodingIsReadAsRfc9110Says() {
        assertTrue(Gzip.accepted("gzip"));
        assertTrue(Gzip.accepted("deflate, GZIP;q=0.5"));
        assertTrue(Gzip.accepted("x-gzip"));
        assertTrue(Gzip.accepted("br, *"));
        assertFalse(Gzip.accepted(null));
        assertFalse(Gzip.accepted("identity"));
        assertFalse(Gzip.accepted("gzip;q=0"));
        assertFalse(Gzip.accepted("gzip;q=0.000, *"));
        assertFalse(Gzip.accepted("*;q=0"));
        assertFalse(Gzip.accepted("gzip;q=nonsense"));
    }

    static byte[] gunzip(byte[] bytes) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        }
    }
}
