package org.parley.document;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.parley.api.BodyLimits;
import org.parley.api.HttpConfig;
import org.parley.api.Ids;
import org.parley.api.Inputs;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.Preconditions;
import org.parley.api.Representations;
import org.parley.document.DocumentViews.DocumentRevisionView;
import org.parley.document.DocumentViews.DocumentView;
import org.parley.error.DomainException;
import org.parley.store.Flush;
import org.parley.store.Hashes;

@ApplicationScoped
@Transactional
public class DocumentService {

    private final Representations representations;
    private final Inputs inputs;
    private final DocumentRevisions revisions;
    private final DocumentReferences references;
    private final long maxText;

    public DocumentService(Representations representations, Inputs inputs, DocumentRevisions revisions,
            DocumentReferences references, HttpConfig config) {
        this.representations = representations;
        this.inputs = inputs;
        this.revisions = revisions;
        this.references = references;
        this.maxText = config.maxDocumentText().asLongValue();
    }

    /** A document ingested: the stored one, and whether this call created it or found the same text stored. */
    public record Ingested(DocumentView document, boolean created) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentView> list(PageRequest request) {
        var query = SourceDocument.<SourceDocument>findAll(Sort.by("publishedOn").and("id"))
                .page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(DocumentView::metadata).toList(), request, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DocumentView get(String id) {
        return DocumentView.withText(require(id));
    }

    /** The text of the current revision or of revision {@code revision}, or the code point span of it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public String text(String id, Integer revision, CharRange range) {
        SourceDocument document = require(id);
        String text = revision == null ? document.text : revisions.text(document, revision);
        if (range == null) {
            return text;
        }
        int[] span = range.resolve(CodePoints.length(text));
        return CodePoints.slice(text, span[0], span[1]);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(String id) {
        if (SourceDocument.count("id", id) == 0) {
            throw DomainException.notFound("document", id);
        }
    }

    /** Stores a new document; the same text sent again is the same document, not a second one. */
    public Ingested ingest(DocumentInput input, String by) {
        Added added = add(input, stored(List.of(input)));
        if (added.created()) {
            revisions.append(added.document().id, 1, added.document().text, Instant.now().truncatedTo(
                    ChronoUnit.MICROS), by, "first text");
            Flush.now("document '" + added.document().id + "'");
        }
        return new Ingested(DocumentView.withText(added.document()), added.created());
    }

    /** What {@link #add} did: the document stored now, or the one found with the same text. */
    public record Added(SourceDocument document, boolean created) {
    }

    /**
     * What a batch of new documents finds stored, looked up once for the batch: the documents with the same texts,
     * by the SHA-256 of their texts, and the ids taken. What the batch adds is added to both, as a query would not
     * see it before the batch is flushed.
     */
    public record Stored(Map<String, SourceDocument> byHash, Set<String> ids) {
    }

    public Stored stored(List<DocumentInput> inputs) {
        Map<String, SourceDocument> byHash = new HashMap<>();
        Set<String> ids = new HashSet<>();
        List<String> hashes = inputs.stream().filter(i -> i.text() != null).map(i -> Hashes.sha256Hex(i.text()))
                .distinct().toList();
        if (!hashes.isEmpty()) {
            SourceDocument.<SourceDocument>list("sha256 in ?1", hashes).forEach(d -> byHash.put(d.sha256, d));
        }
        List<String> named = inputs.stream().map(DocumentInput::id).filter(Objects::nonNull).distinct().toList();
        if (!named.isEmpty()) {
            ids.addAll(SourceDocument.getEntityManager().createQuery(
                    "select d.id from SourceDocument d where d.id in :ids", String.class).setParameter("ids", named)
                    .getResultList());
        }
        return new Stored(byHash, ids);
    }

    /** Stores a new document without flushing, for imports, which flush in batches. */
    public Added add(DocumentInput input, Stored stored) {
        input.requireText();
        checkSize(input.text());
        String sha256 = Hashes.sha256Hex(input.text());
        SourceDocument same = stored.byHash().get(sha256);
        if (same != null) {
            return new Added(same, false);
        }
        String id = input.id() != null ? input.id() : "doc-" + sha256.substring(0, 16);
        if (stored.ids().contains(id) || (input.id() == null && SourceDocument.findById(id) != null)) {
            throw DomainException.conflict("A document with id '" + id + "' and another text exists.");
        }
        SourceDocument document = new SourceDocument();
        document.id = id;
        document.assign(input);
        document.persist();
        stored.byHash().put(sha256, document);
        stored.ids().add(id);
        return new Added(document, true);
    }

    /**
     * Replaces a document. A new text becomes its next revision, the old one stays readable, and every citation
     * into it is re-anchored (see {@link DocumentReferences#reanchor}); with {@code dryRun} nothing is stored and the
     * response shows what the re-anchoring would do. One transaction: a failure leaves the old text and anchors.
     */
    public DocumentView replace(String id, DocumentInput input, String ifMatch, String by, boolean dryRun) {
        Ids.requireSame(id, input.id());
        input.requireText();
        checkSize(input.text());
        DocumentLock.forUpdate(List.of(id));
        SourceDocument document = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(DocumentView.withText(document)));
        boolean newText = !input.text().equals(document.text);
        if (dryRun) {
            ReanchoringReport report = references.reanchor(document, input.text(), document.revision + 1,
                    n -> revisions.text(document, n), false, by);
            return DocumentView.withText(document).reporting(report);
        }
        ReanchoringReport report = null;
        if (newText) {
            int next = revisions.recordCurrent(document) + 1;
            report = references.reanchor(document, input.text(), next, n -> revisions.text(document, n), true, by);
            revisions.append(id, next, input.text(), Instant.now().truncatedTo(ChronoUnit.MICROS), by,
                    report.summary());
            document.revision = next;
        }
        document.assign(input);
        document.touch();
        Flush.now("document '" + id + "'");
        return DocumentView.withText(document).reporting(report);
    }

    public DocumentView patch(String id, JsonNode patch, String ifMatch, String by, boolean dryRun) {
        DocumentLock.forUpdate(List.of(id));
        DocumentInput current = DocumentInput.of(require(id));
        return replace(id, inputs.patched(current, patch, DocumentInput.class), ifMatch, by, dryRun);
    }

    /** A document's revisions, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DocumentRevisionView> revisions(String id, PageRequest request) {
        return revisions.list(require(id), request);
    }

    /**
     * Deletes a document. One that is cited is kept (409) unless {@code cascade}, which removes its citations and
     * deletes the positions left with none.
     */
    public void delete(String id, String ifMatch, boolean cascade, String by) {
        DocumentLock.forUpdate(List.of(id));
        SourceDocument document = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(DocumentView.withText(document)));
        int citing = references.citations(id);
        if (citing > 0 && !cascade) {
            throw DomainException.conflict("Document '" + id + "' is cited by " + citing + " position(s);"
                    + " delete with ?cascade=true as an admin to remove those citations too.");
        }
        references.dropCitationsOf(id, by);
        document.delete();
        Flush.now("document '" + id + "'");
    }

    private void checkSize(String text) {
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxText) {
            throw BodyLimits.tooLarge("The document's text has " + bytes + " bytes; the limit is " + maxText + ".");
        }
    }

    private static SourceDocument require(String id) {
        return SourceDocument.<SourceDocument>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("document", id));
    }
}
