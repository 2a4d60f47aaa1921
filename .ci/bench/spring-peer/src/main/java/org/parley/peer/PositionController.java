package org.parley.peer;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The two reads the benchmark compares, rendered as Parley renders them (less its ETag, links and gzip). */
@RestController
class PositionController {

    record Ref(String id, String name) {
    }

    record Speaker(String id, String name, String role) {
    }

    record PositionRef(String id, Ref party, String kind, String summary) {
    }

    record DocumentRef(String id, String title, String outlet, String url, LocalDate publishedOn) {
    }

    record Anchor(String status, int revision, double score) {
    }

    record CitationView(long id, DocumentRef document, String quote, int start, int end, String prefix,
            String suffix, String spanUrl, String sourceUrl, Anchor anchor) {
    }

    record PositionView(String id, Ref party, Ref topic, String kind, String summary, LocalDate statedOn,
            Speaker speaker, PositionRef respondsTo, List<CitationView> citations, long version, Instant createdAt,
            Instant updatedAt) {
    }

    record PageView(List<PositionView> items, int page, int size, long totalItems, int totalPages) {
    }

    private final PositionRepository positions;

    PositionController(PositionRepository positions) {
        this.positions = positions;
    }

    @GetMapping("/api/positions/{id}")
    @Transactional(readOnly = true)
    public PositionView position(@PathVariable String id) {
        return positions.findWithCitations(id).map(PositionController::view)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    @GetMapping("/api/positions")
    @Transactional(readOnly = true)
    public PageView list(@RequestParam(required = false) String party, @RequestParam(required = false) String topic,
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        Page<Position> found = positions.findFiltered(party, topic, PageRequest.of(page - 1, size));
        return new PageView(found.getContent().stream().map(PositionController::view).toList(), page, size,
                found.getTotalElements(), Math.max(1, found.getTotalPages()));
    }

    private static PositionView view(Position p) {
        Position r = p.respondsTo;
        return new PositionView(p.id, new Ref(p.party.id, p.party.name), new Ref(p.topic.id, p.topic.name), p.kind,
                p.summary, p.statedOn, p.speaker == null ? null : new Speaker(p.speaker.id, p.speaker.name,
                p.speaker.role), r == null ? null : new PositionRef(r.id, new Ref(r.party.id, r.party.name), r.kind,
                r.summary), p.citations.stream().map(PositionController::citation).toList(), p.version,
                p.createdAt, p.updatedAt);
    }

    private static CitationView citation(Citation c) {
        Named.Document d = c.document;
        return new CitationView(c.id, new DocumentRef(d.id, d.title, d.outlet, d.url, d.publishedOn), c.quote,
                c.start, c.end, c.prefix, c.suffix,
                "/api/documents/" + d.id + "/text?char=" + c.start + "," + c.end,
                d.url == null ? null : d.url + "#:~:text=" + URLEncoder.encode(c.quote, StandardCharsets.UTF_8),
                new Anchor(c.anchorStatus, c.revision, c.anchorScore));
    }
}
