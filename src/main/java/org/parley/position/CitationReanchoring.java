package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import org.parley.citation.Citation;
import org.parley.citation.Reanchored;
import org.parley.citation.Reanchoring;
import org.parley.citation.ReanchoringConfig;
import org.parley.document.AnchorStatus;
import org.parley.document.ReanchoringReport;
import org.parley.document.SourceDocument;
import org.parley.store.Flush;

/**
 * Re-anchors every citation of a document into its new revision, and keeps each change in the history of the
 * position it belongs to. Orphans of earlier revisions are tried again, from the text they were made on.
 */
@ApplicationScoped
@Transactional
public class CitationReanchoring {

    private final PositionHistory history;
    private final ReanchoringConfig config;
    private final PositionPairs pairs;

    public CitationReanchoring(PositionHistory history, ReanchoringConfig config, PositionPairs pairs) {
        this.history = history;
        this.config = config;
        this.pairs = pairs;
    }

    /**
     * @param revisionText the text of one of the document's revisions, by number
     * @param store false for a dry run: the outcome is computed and nothing is changed
     */
    public ReanchoringReport reanchor(SourceDocument document, String newText, int newRevision,
            IntFunction<String> revisionText, boolean store, String by) {
        List<Position> positions = Position.list("select distinct p from Position p join p.citations c"
                + " where c.document.id = ?1 order by p.id", document.id);
        Map<Integer, Reanchoring> byRevision = new HashMap<>();
        Map<Citation, Reanchored> outcomes = new LinkedHashMap<>();
        Map<Citation, String> positionOf = new HashMap<>();
        for (Position position : positions) {
            for (Citation c : position.citations) {
                if (c.document.id.equals(document.id)) {
                    Reanchoring reanchoring = byRevision.computeIfAbsent(c.revision,
                            n -> between(revisionText.apply(n), newText));
                    outcomes.put(c, reanchoring.reanchor(c.anchor()));
                    positionOf.put(c, position.id);
                }
            }
        }
        String summary = byRevision.computeIfAbsent(document.revision,
                n -> between(revisionText.apply(n), newText)).summary();
        ReanchoringReport report = report(summary, newRevision, outcomes, positionOf, store);
        if (store) {
            apply(positions, outcomes, newRevision, by);
        }
        return report;
    }

    private void apply(List<Position> positions, Map<Citation, Reanchored> outcomes, int newRevision, String by) {
        Map<Position, PositionState> before = new LinkedHashMap<>();
        for (Position position : positions) {
            before.put(position, PositionState.of(position));
            for (Citation c : position.citations) {
                Reanchored outcome = outcomes.get(c);
                if (outcome != null) {
                    c.reanchored(outcome, newRevision);
                }
            }
            position.touch();
        }
        Flush.now("re-anchored citations");
        before.forEach((position, state) -> history.updated(position, state, by));
        pairs.refreshTouched();
    }

    private Reanchoring between(String oldText, String newText) {
        return Reanchoring.between(oldText, newText, config.fuzzyThreshold(), config.diffTimeout().toMillis() / 1000f);
    }

    private static ReanchoringReport report(String summary, int newRevision, Map<Citation, Reanchored> outcomes,
            Map<Citation, String> positionOf, boolean store) {
        List<ReanchoringReport.Item> items = new ArrayList<>();
        outcomes.forEach((c, o) -> {
            if (o.status() != AnchorStatus.EXACT) {
                items.add(new ReanchoringReport.Item(c.id, positionOf.get(c), o.status(), o.score(),
                        o.anchor() == null ? null : o.anchor().start(), o.anchor() == null ? null : o.anchor().end(),
                        o.anchor() == null ? null : o.anchor().quote(),
                        new ReanchoringReport.Previous(c.start, c.end, c.quote), o.reason()));
            }
        });
        items.sort(Comparator.comparing((ReanchoringReport.Item i) -> i.status() != AnchorStatus.ORPHANED)
                .thenComparing(ReanchoringReport.Item::citation));
        return new ReanchoringReport(newRevision, !store, summary,
                ReanchoringReport.Counts.of(outcomes.values().stream().map(Reanchored::status).toList()), items);
    }
}
