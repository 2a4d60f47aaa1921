package org.parley.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.document.DocumentViews.DocumentRevisionView;
import org.parley.error.DomainException;

/**
 * Keeps every text a document has had. A document stored by a path that kept no revision (or whose text changed
 * outside this class) gets its current text recorded lazily, when its revisions are next written.
 */
@ApplicationScoped
@Transactional
public class DocumentRevisions {

    private static final String LIST = "select r.number, r.sha256, r.length, r.createdAt, r.createdBy, r.summary"
            + " from DocumentRevision r where r.documentId = :id order by r.number";

    /** Records the document's current text as its revision, if it is not recorded yet; returns its number. */
    public int recordCurrent(SourceDocument document) {
        DocumentRevision latest = DocumentRevision.<DocumentRevision>find("documentId = ?1 order by number desc",
                document.id).firstResult();
        if (latest != null && latest.sha256.equals(document.sha256)) {
            document.revision = latest.number;
            return latest.number;
        }
        int number = latest == null ? Math.max(1, document.revision) : latest.number + 1;
        append(document.id, number, document.text, latest == null ? document.createdAt : now(),
                document.seedHash != null ? "seed" : "unknown",
                latest == null ? "first text" : "text changed outside the revisions");
        document.revision = number;
        return number;
    }

    public void append(String documentId, int number, String text, Instant at, String by, String summary) {
        DocumentRevision revision = new DocumentRevision();
        revision.documentId = documentId;
        revision.number = number;
        revision.text = text;
        revision.sha256 = org.parley.store.Hashes.sha256Hex(text);
        revision.length = CodePoints.length(text);
        revision.createdAt = at;
        revision.createdBy = by;
        revision.summary = summary.length() > 500 ? summary.substring(0, 500) : summary;
        revision.persist();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentRevisionView> list(SourceDocument document, PageRequest request) {
        List<DocumentRevisionView> all = DocumentRevision.getEntityManager().createQuery(LIST, Object[].class)
                .setParameter("id", document.id).getResultStream()
                .map(r -> new DocumentRevisionView((Integer) r[0], (String) r[1], (Integer) r[2], (Instant) r[3],
                        (String) r[4], (String) r[5], DocumentViews.textUrl(document.id, (Integer) r[0])))
                .toList();
        if (all.isEmpty()) {
            all = List.of(new DocumentRevisionView(document.revision, document.sha256, document.length, document.createdAt,
                    document.seedHash != null ? "seed" : "unknown", "first text",
                    DocumentViews.textUrl(document.id, document.revision)));
        }
        int from = Math.min(request.offset(), all.size());
        return Page.of(all.subList(from, Math.min(all.size(), from + request.size())), request, all.size());
    }

    /** The text of revision {@code number}; the current one may not be recorded yet. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(SourceDocument document, int number) {
        if (number == document.revision) {
            return document.text;
        }
        DocumentRevision revision = DocumentRevision.findById(new DocumentRevision.Key(document.id, number));
        if (revision == null) {
            throw DomainException.notFound("revision", document.id + " #" + number);
        }
        return revision.text;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
