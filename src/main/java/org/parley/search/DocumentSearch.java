package org.parley.search;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.Weight;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.citation.Anchoring;
import org.parley.document.CodePoints;
import org.parley.document.SourceDocument;
import org.parley.search.SearchViews.DocumentHit;
import org.parley.search.SearchViews.DocumentRef;
import org.parley.search.SearchViews.Highlight;
import org.parley.search.SearchViews.Passage;
import org.parley.search.SearchViews.Snippet;

/** Documents whose text matches a query, best first, with the spans that match ready to be cited. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DocumentSearch {

    static final int PASSAGES = 5;
    /** Code points of text shown either side of a passage in its snippet. */
    static final int SNIPPET_CONTEXT = 80;
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.ID, SortField.Type.STRING));

    private final SearchIndex index;

    public DocumentSearch(SearchIndex index) {
        this.index = index;
    }

    /** A found document's text and where the query matched it (UTF-16 offsets, as Lucene counts). */
    private record Found(String id, float score, String text, List<int[]> matches) {
    }

    public Page<DocumentHit> search(DocumentFilter filter, PageRequest request) {
        Query words = TextAnalysis.parse("q", filter.query());
        Query query = query(filter, words);
        Page<Found> found = index.search(searcher -> {
            TopDocs top = PositionSearch.search(searcher, query, BY_RELEVANCE, request.offset() + request.size());
            List<Found> page = new ArrayList<>();
            try {
                Weight weight = searcher.createWeight(searcher.rewrite(words), ScoreMode.COMPLETE_NO_SCORES, 1);
                for (int i = request.offset(); i < top.scoreDocs.length; i++) {
                    page.add(found(searcher, weight, top.scoreDocs[i]));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Page.of(page, request, top.totalHits.value);
        });
        List<String> ids = found.items().stream().map(Found::id).toList();
        Map<String, SourceDocument> documents = ids.isEmpty() ? Map.of()
                : Panache.getEntityManager().createQuery("select d from SourceDocument d where d.id in :ids",
                        SourceDocument.class).setParameter("ids", ids).getResultStream()
                        .collect(Collectors.toMap(d -> d.id, Function.identity()));
        Map<String, List<Object[]>> citations = citations(ids);
        List<DocumentHit> hits = new ArrayList<>();
        for (Found f : found.items()) {
            SourceDocument d = documents.get(f.id());
            if (d != null) {
                hits.add(hit(f, new DocumentRef(d.id, d.title, d.outlet, d.publishedOn),
                        citations.getOrDefault(f.id(), List.of())));
            }
        }
        return new Page<>(hits, found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    static Query query(DocumentFilter f, Query words) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.DOCUMENT)), Occur.FILTER)
                .add(words, Occur.MUST);
        PositionSearch.anyOf(query, IndexFields.ID, f.documents());
        PositionSearch.anyOf(query, IndexFields.OUTLET, f.outlets());
        if (f.from() != null || f.to() != null) {
            query.add(LongPoint.newRangeQuery(IndexFields.PUBLISHED,
                    f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay(),
                    f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay()), Occur.FILTER);
        }
        return query.build();
    }

    private static Found found(IndexSearcher searcher, Weight words, ScoreDoc hit) throws IOException {
        var stored = searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID, IndexFields.BODY));
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hit.doc, leaves));
        List<int[]> spans = new ArrayList<>();
        Matches matches = words.matches(leaf, hit.doc - leaf.docBase);
        for (String field : List.of(TextAnalysis.TEXT, TextAnalysis.WORDS)) {
            MatchesIterator it = matches == null ? null : matches.getMatches(field);
            while (it != null && it.next()) {
                if (it.startOffset() >= 0) {
                    spans.add(new int[] {it.startOffset(), it.endOffset()});
                }
            }
        }
        spans.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
        float score = hit instanceof org.apache.lucene.search.FieldDoc fd && fd.fields[0] instanceof Float s ? s
                : hit.score;
        return new Found(stored.get(IndexFields.ID), score, stored.get(IndexFields.BODY), merged(spans));
    }

    /** Overlapping matches (a phrase and one of its words) count as one span. */
    private static List<int[]> merged(List<int[]> spans) {
        List<int[]> merged = new ArrayList<>();
        for (int[] span : spans) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && span[0] < last[1]) {
                last[1] = Math.max(last[1], span[1]);
            } else {
                merged.add(span.clone());
            }
        }
        return merged;
    }

    private static DocumentHit hit(Found f, DocumentRef document, List<Object[]> citations) {
        String text = f.text();
        List<int[]> spans = f.matches().stream().map(m -> new int[] {CodePoints.fromCharIndex(text, m[0]),
                CodePoints.fromCharIndex(text, m[1])}).toList();
        int length = CodePoints.length(text);
        List<Passage> passages = new ArrayList<>();
        for (int[] span : spans.subList(0, Math.min(PASSAGES, spans.size()))) {
            int start = span[0];
            int end = span[1];
            int from = Math.max(0, start - SNIPPET_CONTEXT);
            int to = Math.min(length, end + SNIPPET_CONTEXT);
            List<Highlight> marks = spans.stream().filter(s -> s[0] >= from && s[1] <= to)
                    .map(s -> new Highlight(s[0] - from, s[1] - from)).toList();
            List<String> citedBy = citations.stream()
                    .filter(c -> (Integer) c[1] < end && (Integer) c[2] > start).map(c -> (String) c[3])
                    .distinct().sorted().toList();
            passages.add(new Passage(start, end, CodePoints.slice(text, start, end),
                    CodePoints.before(text, start, Anchoring.CONTEXT), CodePoints.after(text, end, Anchoring.CONTEXT),
                    new Snippet(CodePoints.slice(text, from, to), marks), citedBy));
        }
        return new DocumentHit(document, f.score(), spans.size(), passages);
    }

    /** Rows of (document id, start, end, position id) of every citation of these documents. */
    private static Map<String, List<Object[]>> citations(List<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, List<Object[]>> byDocument = new HashMap<>();
        Panache.getEntityManager().createQuery("select c.document.id, c.start, c.end, p.id from Position p"
                + " join p.citations c where c.document.id in :ids", Object[].class).setParameter("ids", documentIds)
                .getResultStream().forEach(row ->
                        byDocument.computeIfAbsent((String) row[0], k -> new ArrayList<>()).add(row));
        return byDocument;
    }
}
