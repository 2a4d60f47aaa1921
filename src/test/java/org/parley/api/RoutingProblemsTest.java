package org.parley.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Requests the router refuses before any resource, and an Accept nothing satisfies: problem details too. */
@QuarkusTest
class RoutingProblemsTest {

    @TestHTTPResource("/")
    URI base;

    /** Found by ContractFuzzIT: a Host with user info got Quarkus' own JSON error body. */
    @Test
    void aHostThatIsNotAHostIsABadRequestWithProblemDetails() throws IOException {
        String answer = raw("GET /api/stats HTTP/1.1\r\nHost: localhost@evil.example\r\nConnection: close\r\n\r\n");
        assertTrue(answer.startsWith("HTTP/1.1 400 "), answer);
        assertTrue(answer.toLowerCase().contains("content-type: application/problem+json"), answer);
        assertTrue(answer.contains("\"status\":400"), answer);
        assertTrue(!answer.contains("\"details\""), answer);
    }

    /** Found by ContractFuzzIT: 406 was answered but not in the contract; the contract now declares it everywhere. */
    @Test
    void anAcceptNothingSatisfiesIsNotAcceptableWithProblemDetails() {
        given().header("Accept", "text/html").when().get("/api/parties/russia")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    /** Found by ContractFuzzIT: the rebuild answers 202, while the contract said 201. */
    @Test
    void theContractDeclaresWhatTheRebuildAnswers() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths.'/api/search/index/rebuild'.post.responses.'202'.description",
                        equalTo("The rebuild started."))
                .body("paths.'/api/stats'.get.responses.'406'.'$ref'",
                        equalTo("#/components/responses/NotAcceptable"));
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(false, answer.isEmpty(), "an answer");
            return answer;
        }
    }
}
