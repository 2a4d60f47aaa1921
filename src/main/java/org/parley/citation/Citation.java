package org.parley.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.parley.document.AnchorStatus;
import org.parley.document.SourceDocument;

/**
 * Where a position was stated: the exact quote and its span [start, end) in a document's stored text, counted in
 * code points, with up to 32 code points of context either side (W3C TextQuoteSelector + TextPositionSelector).
 */
@Entity
@Table(name = "citation")
public class Citation extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_seq")
    @SequenceGenerator(name = "citation_seq", sequenceName = "citation_seq", allocationSize = 50)
    public Long id;

    /** Rank of this citation among its position's citations. */
    @Column(name = "ord", nullable = false)
    public int ordinal;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "document_id")
    public SourceDocument document;

    @Column(nullable = false)
    public String quote;

    @Column(name = "start_cp", nullable = false)
    public int start;

    @Column(name = "end_cp", nullable = false)
    public int end;

    @Column(nullable = false)
    public String prefix;

    @Column(nullable = false)
    public String suffix;

    /** The document revision the offsets count in: the current one, unless the citation is ORPHANED. */
    @Column(nullable = false)
    public int revision = 1;

    @Enumerated(EnumType.STRING)
    @Column(name = "anchor_status", nullable = false)
    public AnchorStatus anchorStatus = AnchorStatus.EXACT;

    @Column(name = "anchor_score", nullable = false)
    public double anchorScore = 1.0;

    @Column(name = "previous_start")
    public Integer previousStart;

    @Column(name = "previous_end")
    public Integer previousEnd;

    @Column(name = "previous_quote")
    public String previousQuote;

    /** Holds the anchor found in the document's current revision: EXACT, and nothing before it. */
    public void anchoredAt(Anchor anchor, int currentRevision) {
        quote = anchor.quote();
        start = anchor.start();
        end = anchor.end();
        prefix = anchor.prefix();
        suffix = anchor.suffix();
        revision = currentRevision;
        anchorStatus = AnchorStatus.EXACT;
        anchorScore = 1.0;
        previousStart = null;
        previousEnd = null;
        previousQuote = null;
    }

    /** Takes a re-anchoring's outcome; an orphan keeps its revision, span and quote. */
    public void reanchored(Reanchored outcome, int newRevision) {
        Integer wasStart = start;
        Integer wasEnd = end;
        String wasQuote = quote;
        if (outcome.anchor() != null) {
            anchoredAt(outcome.anchor(), newRevision);
        }
        anchorStatus = outcome.status();
        anchorScore = outcome.score();
        previousStart = wasStart;
        previousEnd = wasEnd;
        previousQuote = wasQuote;
    }

    public Anchor anchor() {
        return new Anchor(quote, start, end, prefix, suffix);
    }

    public static Citation of(SourceDocument document, Anchor anchor, int ordinal) {
        return of(document, document.revision, anchor, ordinal);
    }

    /** For a document known by reference, whose current revision the caller knows without loading it. */
    public static Citation of(SourceDocument document, int revision, Anchor anchor, int ordinal) {
        Citation c = new Citation();
        c.document = document;
        c.ordinal = ordinal;
        c.quote = anchor.quote();
        c.start = anchor.start();
        c.end = anchor.end();
        c.prefix = anchor.prefix();
        c.suffix = anchor.suffix();
        c.revision = revision;
        return c;
    }
}
