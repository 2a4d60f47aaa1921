package org.parley.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.Tokens;
import org.parley.client.api.PositionsApi;
import org.parley.client.api.PositionsApi.APIDeletePositionRequest;
import org.parley.client.api.PositionsApi.APIPatchPositionRequest;
import org.parley.client.model.CitationInput;
import org.parley.client.model.ChangeKind;
import org.parley.client.model.Position;
import org.parley.client.model.PositionInput;
import org.parley.client.model.PositionKind;
import org.parley.client.model.PositionPatch;
import org.parley.client.model.PositionRevision;
import org.parley.client.model.Problem;

/** Writes through the generated client: a bearer token, ETags as If-Match, and problem details read back. */
@QuarkusTest
class GeneratedClientWriteTest {

    @TestHTTPResource("/")
    URI root;

    private PositionsApi positions(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceFirst("/$", ""));
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return new PositionsApi(client);
    }

    @Test
    void createsPatchesAndDeletesAPositionWithItsETag() throws Exception {
        PositionsApi api = positions(Tokens.token("clara", "editor"));
        PositionInput input = new PositionInput().id("client-written").party("ukraine").topic("missile-deployments")
                .kind(PositionKind.ACCEPTANCE).summary("Ukraine accepts a reciprocal missile commitment.")
                .statedOn(LocalDate.parse("2022-02-02"))
                .citations(List.of(new CitationInput().document("003_ed864e143e290726")
                        .quote("So no, we have no objection.")));
        ApiResponse<Position> created = api.createPositionWithHttpInfo(input);
        assertEquals(201, created.getStatusCode());
        assertEquals("client-written", created.getData().getId());
        assertEquals(root.resolve("/api/positions/client-written").toString(),
                created.getHeaders().get("location").get(0));
        String etag = created.getHeaders().get("etag").get(0);

        Position patched = api.patchPosition(APIPatchPositionRequest.newBuilder().id("client-written").ifMatch(etag)
                .positionPatch(new PositionPatch().summary("Ukraine has no objection to the US proposal.")).build());
        assertEquals("Ukraine has no objection to the US proposal.", patched.getSummary());
        assertEquals(PositionKind.ACCEPTANCE, patched.getKind());

        ApiException stale = assertThrows(ApiException.class, () -> api.patchPosition(APIPatchPositionRequest
                .newBuilder().id("client-written").ifMatch(etag).positionPatch(new PositionPatch().summary("Late."))
                .build()));
        assertEquals(412, stale.getCode());
        assertEquals(412, new ApiClient().getObjectMapper().readValue(stale.getResponseBody(), Problem.class)
                .getStatus());

        // On 412 a client reads the resource again and retries with its current ETag.
        String current = api.getPositionWithHttpInfo("client-written").getHeaders().get("etag").get(0);
        ApiResponse<Position> retried = api.patchPositionWithHttpInfo(APIPatchPositionRequest.newBuilder()
                .id("client-written").ifMatch(current).positionPatch(new PositionPatch().summary("Late.")).build());
        assertEquals("Late.", retried.getData().getSummary());
        current = retried.getHeaders().get("etag").get(0);
        api.deletePosition(APIDeletePositionRequest.newBuilder().id("client-written").ifMatch(current).build());
        List<PositionRevision> history = api.getPositionHistory("client-written");
        assertEquals(List.of(ChangeKind.CREATED, ChangeKind.UPDATED, ChangeKind.UPDATED, ChangeKind.DELETED),
                history.stream().map(PositionRevision::getChange).toList());
        assertEquals("clara", history.get(1).getBy());
    }

    @Test
    void aWriteWithoutATokenComesBackAs401ProblemDetails() throws Exception {
        ApiException e = assertThrows(ApiException.class, () -> positions(null).createPosition(new PositionInput()
                .party("russia").topic("sanctions").kind(PositionKind.DEMAND).summary("No token.")
                .statedOn(LocalDate.parse("2022-01-08")).citations(List.of(new CitationInput()
                        .document("001_949e2e32b0da38f4").quote("Russia has demanded promises")))));
        assertEquals(401, e.getCode());
        Problem problem = new ApiClient().getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(401, problem.getStatus());
    }
}
