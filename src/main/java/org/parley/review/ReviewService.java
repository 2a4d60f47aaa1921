package org.parley.review;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.Preconditions;
import org.parley.api.Representations;
import org.parley.citation.AnchorException;
import org.parley.citation.Anchoring;
import org.parley.citation.Citation;
import org.parley.citation.CitationView;
import org.parley.document.AnchorStatus;
import org.parley.document.DocumentLock;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.position.Position;
import org.parley.position.PositionHistory;
import org.parley.position.PositionPairs;
import org.parley.position.PositionQueries;
import org.parley.position.PositionState;
import org.parley.position.PositionViews.PositionRef;
import org.parley.position.PositionViews.PositionView;
import org.parley.store.Flush;

/** The review queue of citations a revision left FUZZY or ORPHANED, and an editor's answer to each. */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final PositionQueries positions;
    private final PositionHistory history;
    private final Representations representations;
    private final PositionPairs pairs;

    public ReviewService(PositionQueries positions, PositionHistory history, Representations representations,
            PositionPairs pairs) {
        this.positions = positions;
        this.history = history;
        this.representations = representations;
        this.pairs = pairs;
    }

    /** Citations with one of the statuses (any when none), of one document if given, in id order. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<CitationReviewView> list(List<AnchorStatus> statuses, String document, PageRequest request) {
        String where = " from Position p join p.citations c where 1 = 1"
                + (statuses.isEmpty() ? "" : " and c.anchorStatus in :statuses")
                + (document == null ? "" : " and c.document.id = :document");
        var count = em().createQuery("select count(c)" + where, Long.class);
        var rows = em().createQuery("select c.id, p.id" + where + " order by c.id", Object[].class);
        if (!statuses.isEmpty()) {
            count.setParameter("statuses", statuses);
            rows.setParameter("statuses", statuses);
        }
        if (document != null) {
            count.setParameter("document", document);
            rows.setParameter("document", document);
        }
        long total = count.getSingleResult();
        List<Object[]> page = total == 0 ? List.of()
                : rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultList();
        return Page.of(reviews(page), request, total);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public CitationReviewView get(String id) {
        List<Object[]> rows = !id.matches("\\d{1,18}") ? List.of()
                : em().createQuery("select c.id, p.id from Position p join p.citations c where c.id = :id",
                        Object[].class).setParameter("id", Long.parseLong(id)).getResultList();
        if (rows.isEmpty()) {
            throw DomainException.notFound("citation", id);
        }
        return reviews(rows).get(0);
    }

    /** Confirms the anchor or re-points the citation; either is kept in the position's history. */
    public CitationReviewView patch(String id, CitationPatch patch, String ifMatch, String by) {
        List<String> document = !id.matches("\\d{1,18}") ? List.of()
                : em().createQuery("select c.document.id from Citation c where c.id = :id", String.class)
                        .setParameter("id", Long.parseLong(id)).getResultList();
        DocumentLock.forUpdate(document);
        CitationReviewView current = get(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(current));
        Position position = Position.findById(current.position().id());
        Citation citation = position.citations.stream().filter(c -> c.id == Long.parseLong(id)).findFirst()
                .orElseThrow();
        PositionState before = PositionState.of(position);
        if (patch.quote() != null) {
            repoint(citation, patch);
        } else if (Boolean.TRUE.equals(patch.confirm())) {
            if (citation.anchorStatus != AnchorStatus.FUZZY && citation.anchorStatus != AnchorStatus.MOVED) {
                throw DomainException.invalidContent("Only a FUZZY or MOVED anchor can be confirmed; this one is "
                        + citation.anchorStatus + ". Re-point an orphan by sending a quote.",
                        List.of(new FieldError("confirm", "the anchor is " + citation.anchorStatus)));
            }
            citation.anchorStatus = AnchorStatus.EXACT;
        } else {
            throw DomainException.invalidContent("Send confirm: true or a quote.",
                    List.of(new FieldError("confirm", "neither confirm nor quote given")));
        }
        position.touch();
        Flush.now("position '" + position.id + "'");
        history.updated(position, before, by);
        pairs.refreshTouched();
        return get(id);
    }

    private static void repoint(Citation citation, CitationPatch patch) {
        try {
            var anchor = Anchoring.anchor(citation.document.id, citation.document.text, new Anchoring.Claim(
                    patch.quote(), patch.start(), patch.end(), patch.prefix(), patch.suffix()));
            int wasStart = citation.start;
            int wasEnd = citation.end;
            String wasQuote = citation.quote;
            citation.anchoredAt(anchor, citation.document.revision);
            citation.previousStart = wasStart;
            citation.previousEnd = wasEnd;
            citation.previousQuote = wasQuote;
        } catch (AnchorException e) {
            throw DomainException.invalidContent("The citation cannot be re-pointed: " + e.getMessage(),
                    List.of(new FieldError("quote", e.getMessage())));
        }
    }

    private List<CitationReviewView> reviews(List<Object[]> rows) {
        List<String> ids = rows.stream().map(r -> (String) r[1]).distinct().toList();
        Map<String, PositionView> views = positions.views(ids).stream()
                .collect(Collectors.toMap(PositionView::id, Function.identity()));
        return rows.stream().map(r -> {
            PositionView p = views.get((String) r[1]);
            CitationView c = p.citations().stream().filter(v -> v.id() == (Long) r[0]).findFirst().orElseThrow();
            return new CitationReviewView(String.valueOf(c.id()),
                    new PositionRef(p.id(), p.party(), p.kind(), p.summary()), c, p.version());
        }).toList();
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
