package org.parley.suggest;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.parley.document.SourceDocument;

/**
 * "Computed, none found" for a document's text: kept in the database, so that every replica knows it and none
 * computes again on each read (a document with suggestions needs no such row: its suggestions say it).
 */
@Entity
@Table(name = "suggestion_none_found")
public class NoneFound extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Column(name = "text_sha256", nullable = false)
    public String textSha256;

    @Column(name = "computed_at", nullable = false)
    public Instant computedAt;

    /** Whether the document's present text was computed and gave nothing. */
    static boolean covers(SourceDocument document) {
        NoneFound row = findById(document.id);
        return row != null && row.textSha256.equals(document.sha256);
    }

    /** Records that nothing was found in the document's present text, or forgets it when something was. */
    static void record(SourceDocument document, boolean none) {
        NoneFound row = findById(document.id);
        if (!none) {
            if (row != null) {
                row.delete();
            }
            return;
        }
        boolean known = row != null;
        if (!known) {
            row = new NoneFound();
            row.documentId = document.id;
        }
        row.textSha256 = document.sha256;
        row.computedAt = Instant.now();
        if (!known) {
            row.persist();
        }
    }
}
