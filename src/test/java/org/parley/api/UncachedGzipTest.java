package org.parley.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;

/**
 * With the response cache off, a body is compressed for every reader again, so only one larger than TCP's initial
 * window is: a smaller one would cost the CPU and save no round trip.
 */
@QuarkusTest
@TestProfile(UncachedGzipTest.CacheOff.class)
class UncachedGzipTest {

    public static class CacheOff implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parley.cache.enabled", "false");
        }
    }

    @Test
    void aBodyWithinTheInitialWindowIsSentAsItIs() {
        String path = "/api/positions/" + Fixtures.position("A long summary. ".repeat(50));
        Response plain = GzipTest.raw("identity").get(path);
        Response asked = GzipTest.raw("gzip").get(path);
        asked.then().statusCode(200);
        int size = plain.asByteArray().length;
        assertTrue(size >= Gzip.MIN_SIZE && size < Gzip.MIN_SIZE_NOT_KEPT, "between the two thresholds: " + size);
        assertNull(asked.header("Content-Encoding"));
        assertArrayEquals(plain.asByteArray(), asked.asByteArray());
        assertEquals(plain.header("ETag"), asked.header("ETag"));
        GzipTest.raw("gzip").header("If-None-Match", plain.header("ETag")).get(path).then().statusCode(304)
                .header("ETag", plain.header("ETag"));
    }

    @Test
    void aLargerBodyIsStillCompressed() throws IOException {
        String path = "/api/positions?size=100";
        Response plain = GzipTest.raw("identity").get(path);
        assertTrue(plain.asByteArray().length >= Gzip.MIN_SIZE_NOT_KEPT, "larger than the initial window");
        Response gzip = GzipTest.raw("gzip").get(path);
        gzip.then().statusCode(200).header("Content-Encoding", "gzip");
        assertArrayEquals(plain.asByteArray(), GzipTest.gunzip(gzip.asByteArray()));
        assertEquals(Gzip.tag(plain.header("ETag")), gzip.header("ETag"));
    }
}
