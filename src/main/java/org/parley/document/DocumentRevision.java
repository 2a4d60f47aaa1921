package org.parley.document;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One text a document has had, numbered from 1. The latest is the document's current text. */
@Entity
@Table(name = "document_revision")
@IdClass(DocumentRevision.Key.class)
public class DocumentRevision extends PanacheEntityBase {

    @Id
    @Column(name = "document_id")
    public String documentId;

    @Id
    public int number;

    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false)
    public String text;

    @Column(nullable = false)
    public String sha256;

    @Column(name = "length_cp", nullable = false)
    public int length;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    /** What changed from the revision before, in a few words. */
    @Column(nullable = false)
    public String summary;

    public static class Key implements Serializable {
        public String documentId;
        public int number;

        public Key() {
        }

        public Key(String documentId, int number) {
            this.documentId = documentId;
            this.number = number;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.number == number && Objects.equals(k.documentId, documentId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(documentId, number);
        }
    }
}
