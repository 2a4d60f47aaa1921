package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Instants in query parameters: RFC 3339 and the ISO 8601 offsets generated clients send. */
@QuarkusTest
class InstantParameterTest {

    private static final Instant NOON = Instant.parse("2026-11-30T12:00:00Z");

    @ParameterizedTest
    @ValueSource(strings = {
        "2026-11-30T12:00:00Z",                 // RFC 3339, UTC
        "2026-11-30t12:00:00z",                 // RFC 3339 allows lower case
        "2026-11-30T12:00:00+00:00",            // RFC 3339 numeric offset
        "2026-11-30T12:00:00.000000+0000",      // Python's generated client: microseconds, offset without colon
        "2026-11-30T12:00:00.000Z",             // JavaScript's Date.toISOString
        "2026-11-30T12:00:00.000000000Z",       // Java's nanoseconds
        "2026-11-30T12:00:00.0000000000000Z",   // a fraction longer than nanoseconds
        "2026-11-30T13:00:00+01",               // ISO 8601 offset in hours
        "2026-11-30T07:00:00-0500",             // a negative offset without colon
        "2026-11-30T17:30:00+05:30"             // a half-hour offset
    })
    void readsEveryForm(String value) {
        assertEquals(NOON, ParamConverters.instant(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T12:00:00", "2026-11-30", "2026-11-30 12:00:00Z", "noon", "2026-11-30T12Z"})
    void refusesAnInstantWithoutOffsetOrTime(String value) {
        assertThrows(DateTimeParseException.class, () -> ParamConverters.instant(value), value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T12:00:00.000000+0000", "2026-11-30T12:00:00+00:00", "2026-11-30T12:00:00Z"})
    void everyFormWorksOverHttp(String value) {
        given().queryParam("asOf", value).when().get("/api/positions").then().statusCode(200);
        given().queryParam("since", value).when().get("/api/changes").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-30T12:00:00", "yesterday"})
    void aFormWithoutOffsetIsABadParameter(String value) {
        given().queryParam("asOf", value).when().get("/api/positions").then().statusCode(400);
    }
}
