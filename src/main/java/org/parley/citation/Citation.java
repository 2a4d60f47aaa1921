package org.parley.citation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
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

    public static Citation of(SourceDocument document, Anchor anchor, int ordinal) {
        Citation c = new Citation();
        c.document = document;
        c.ordinal = ordinal;
        c.quote = anchor.quote();
        c.start = anchor.start();
        c.end = anchor.end();
        c.prefix = anchor.prefix();
        c.suffix = anchor.suffix();
        return c;
    }
}
