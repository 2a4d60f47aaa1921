package org.parley.document;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.parley.store.Hashes;
import org.parley.store.TrackedEntity;

/** An article or statement positions are cited from. Its text is stored verbatim: citations point into it. */
@Entity
@Table(name = "source_document")
public class SourceDocument extends TrackedEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String title;

    public String outlet;

    public String url;

    @Column(name = "published_on")
    public LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "published_basis")
    public DateBasis publishedBasis;

    @Column(name = "published_note")
    public String publishedNote;

    @Column(nullable = false)
    public String language;

    public String note;

    /** Loaded only when asked for: lists and citations never need the full text. */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false)
    public String text;

    @Column(nullable = false)
    public String sha256;

    /** Length of the text in Unicode code points, the unit every offset is counted in. */
    @Column(name = "length_cp", nullable = false)
    public int length;

    /** The number of the current text among the document's revisions, from 1. */
    @Column(nullable = false)
    public int revision = 1;

    /** Takes the input's metadata and text, with the text's hash and length. */
    public void assign(DocumentInput input) {
        title = input.title();
        outlet = input.outlet();
        url = input.url();
        publishedOn = input.publishedOn();
        publishedBasis = input.publishedBasis();
        publishedNote = input.publishedNote();
        language = input.language() == null ? "en" : input.language();
        note = input.note();
        text = input.text();
        sha256 = Hashes.sha256Hex(text);
        length = CodePoints.length(text);
    }
}
