package org.parley.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.parley.client.api.DashboardApi;
import org.parley.client.api.DashboardApi.APIGetMatrixRequest;
import org.parley.client.api.DemandsApi;
import org.parley.client.api.DemandsApi.APIListDemandsRequest;
import org.parley.client.api.DocumentsApi;
import org.parley.client.api.ExportApi;
import org.parley.client.api.ExportApi.APIExportPositionsRequest;
import org.parley.client.api.PartiesApi;
import org.parley.client.api.PositionsApi;
import org.parley.client.api.PositionsApi.APIListPositionsRequest;
import org.parley.client.model.Citation;
import org.parley.client.model.Demand;
import org.parley.client.model.Matrix;
import org.parley.client.model.MatrixCell;
import org.parley.client.model.Position;
import org.parley.client.model.PositionKind;
import org.parley.client.model.PositionPage;
import org.parley.client.model.Problem;
import org.parley.seed.Catalogue;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.seed.SeedSource;

/**
 * The Java client generated from openapi/openapi.yaml, driven against the running service: what a client author
 * gets from the contract alone. Expectations come from the seed catalogue or from the API itself.
 */
@QuarkusTest
class GeneratedClientTest {

    private static final Pattern NEXT_PAGE = Pattern.compile("<[^>]*[?&]page=(\\d+)[^>]*>; rel=\"next\"");

    @TestHTTPResource("/")
    URI root;

    private final Catalogue seeds = SeedSource.of(Optional.empty()).catalogue();
    private ApiClient client;
    private PositionsApi positions;
    private DemandsApi demands;
    private DocumentsApi documents;
    private PartiesApi parties;

    @BeforeEach
    void pointTheClientAtTheService() {
        client = new ApiClient();
        client.updateBaseUri(root.toString().replaceFirst("/$", ""));
        positions = new PositionsApi(client);
        demands = new DemandsApi(client);
        documents = new DocumentsApi(client);
        parties = new PartiesApi(client);
    }

    @Test
    void listsPositionsFilteredByPartyAndKind() throws ApiException {
        PositionPage page = positions.listPositions(APIListPositionsRequest.newBuilder()
                .party(List.of("russia")).kind(List.of(PositionKind.DEMAND)).size(200).build());

        List<String> expected = seeds.positions().stream()
                .filter(p -> p.party().equals("russia") && p.kind().name().equals(PositionKind.DEMAND.getValue()))
                .map(PositionEntry::id).sorted().toList();
        assertTrue(expected.size() > 1, "the seeds should hold several Russian demands");
        assertEquals(expected, ids(page.getItems()).stream().sorted().toList());
        assertEquals(expected.size(), page.getTotalItems().intValue());
        assertTrue(page.getItems().stream().allMatch(p -> p.getParty().getId().equals("russia")
                && p.getKind() == PositionKind.DEMAND && !p.getCitations().isEmpty()));
    }

    @Test
    void followsADemandToTheResponsesThatAnswerIt() throws ApiException {
        Demand answered = demands.listDemands(APIListDemandsRequest.newBuilder().size(200).build()).getItems()
                .stream().filter(d -> !d.getResponses().isEmpty()).findFirst().orElseThrow();
        String id = answered.getDemand().getId();

        Demand demand = demands.getDemand(id);

        List<String> expected = seeds.positions().stream().filter(p -> id.equals(p.respondsTo()))
                .map(PositionEntry::id).sorted().toList();
        assertEquals(expected, ids(demand.getResponses()).stream().sorted().toList());
        for (Position response : demand.getResponses()) {
            Position fetched = positions.getPosition(response.getId());
            assertEquals(id, fetched.getRespondsTo().getId());
            assertEquals(PositionKind.DEMAND, fetched.getRespondsTo().getKind());
        }
        PositionPage answering = positions.listPositions(APIListPositionsRequest.newBuilder().respondsTo(id).build());
        assertEquals(expected, ids(answering.getItems()).stream().sorted().toList());
    }

    @Test
    void fetchesEachCitationsSpanAndFindsItsQuote() throws ApiException {
        List<Citation> citations = positions.listPositions(APIListPositionsRequest.newBuilder()
                        .topic(List.of("nato-expansion")).size(200).build())
                .getItems().stream().flatMap(p -> p.getCitations().stream()).toList();
        assertTrue(citations.stream().anyMatch(c -> c.getQuote().codePoints().anyMatch(cp -> cp > 127)),
                "some quote should reach beyond ASCII, so that offsets in code points are put to the test");

        for (Citation citation : citations) {
            String span = documents.getDocumentText(citation.getDocument().getId(),
                    citation.getStart() + "," + citation.getEnd(), null);
            assertEquals(citation.getQuote(), span, citation.getSpanUrl());
            assertEquals(citation.getEnd() - citation.getStart(), span.codePointCount(0, span.length()));
            assertEquals("/api/documents/" + citation.getDocument().getId() + "/text?char=" + citation.getStart()
                    + "," + citation.getEnd(), citation.getSpanUrl());
        }
    }

    @Test
    void pagesThroughAResultByItsLinkHeader() throws ApiException {
        int size = 7;
        List<String> all = ids(positions.listPositions(APIListPositionsRequest.newBuilder().size(200).build())
                .getItems());
        assertTrue(all.size() > 2 * size, "the seeds should fill several pages");

        List<String> paged = new ArrayList<>();
        Integer page = 1;
        int visited = 0;
        ApiResponse<PositionPage> response;
        do {
            response = positions.listPositionsWithHttpInfo(
                    APIListPositionsRequest.newBuilder().size(size).page(page).build());
            visited++;
            assertEquals(page, response.getData().getPage());
            assertEquals(String.valueOf(all.size()), response.getHeaders().get("X-Total-Count").get(0));
            paged.addAll(ids(response.getData().getItems()));
            page = nextPage(response.getHeaders().get("Link").get(0));
        } while (page != null);

        assertEquals(all, paged);
        assertEquals(visited, response.getData().getTotalPages().intValue());
    }

    @Test
    void readsAnUnknownIdAsProblemDetails() throws JsonProcessingException {
        ApiException e = assertThrows(ApiException.class, () -> parties.getParty("atlantis"));

        assertEquals(404, e.getCode());
        assertEquals(Optional.of("application/problem+json"), e.getResponseHeaders().firstValue("Content-Type"));
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(404, problem.getStatus().intValue());
        assertEquals("/problems/not-found", problem.getType());
        assertEquals("/api/parties/atlantis", problem.getInstance());
        assertTrue(problem.getDetail().contains("atlantis"), problem.getDetail());
    }

    @Test
    void readsAnOversizedPageAsProblemDetails() throws JsonProcessingException {
        ApiException e = assertThrows(ApiException.class,
                () -> positions.listPositions(APIListPositionsRequest.newBuilder().size(500).build()));

        assertEquals(400, e.getCode());
        Problem problem = client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        assertEquals(400, problem.getStatus().intValue());
        assertEquals("/api/positions", problem.getInstance());
        assertEquals(List.of("size"), problem.getErrors().stream().map(f -> f.getField()).toList());
    }

    @Test
    void filtersByAPastMoment() throws ApiException {
        long now = positions.listPositions(APIListPositionsRequest.newBuilder()
                .asOf(OffsetDateTime.now(ZoneOffset.ofHours(2))).build()).getTotalItems();
        assertEquals(positions.listPositions(APIListPositionsRequest.newBuilder().build()).getTotalItems(), now);
        assertEquals(0, positions.listPositions(APIListPositionsRequest.newBuilder()
                .asOf(OffsetDateTime.parse("2000-01-01T00:00:00Z")).build()).getTotalItems());
    }

    /**
     * The Java (native) generator reads only text/plain as text, and parses a text/csv string as JSON; a Java client
     * fetches the export with the ApiClient's own HttpClient (README, "Generate a client").
     */
    @Test
    void exportsCsvAsTextWithARowPerCitation() throws Exception {
        PositionPage russian = positions.listPositions(APIListPositionsRequest.newBuilder()
                .party(List.of("russia")).size(200).build());
        HttpResponse<String> csv = client.getHttpClient().send(HttpRequest.newBuilder(
                URI.create(client.getBaseUri() + "/api/export/positions.csv?party=russia")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(200, csv.statusCode());
        List<String> rows = List.of(csv.body().split("\r\n"));
        assertTrue(rows.get(0).startsWith("position_id,"), rows.get(0));
        assertEquals(1 + russian.getItems().stream().mapToInt(p -> p.getCitations().size()).sum(), rows.size());
        ApiException parsedAsJson = assertThrows(ApiException.class, () -> new ExportApi(client).exportPositions(
                APIExportPositionsRequest.newBuilder().party(List.of("russia")).build()));
        assertTrue(parsedAsJson.getMessage().contains("position_id"), "if this fails, the generator reads CSV now");
    }

    @Test
    void readsTheMatrix() throws ApiException {
        Matrix matrix = new DashboardApi(client).getMatrix(APIGetMatrixRequest.newBuilder()
                .party(List.of("russia", "united-states")).topic(List.of("nato-expansion")).build());

        assertEquals(2, matrix.getCells().size());
        for (MatrixCell cell : matrix.getCells()) {
            long stated = positions.listPositions(APIListPositionsRequest.newBuilder()
                    .party(List.of(cell.getParty().getId())).topic(List.of("nato-expansion")).build()).getTotalItems();
            assertEquals(stated, cell.getPositions().longValue(), cell.getParty().getId());
        }
    }

    private static List<String> ids(List<Position> positions) {
        return positions.stream().map(Position::getId).toList();
    }

    private static Integer nextPage(String link) {
        Matcher next = NEXT_PAGE.matcher(link);
        return next.find() ? Integer.valueOf(next.group(1)) : null;
    }
}
