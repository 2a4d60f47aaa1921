package org.parley.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.error.DomainException;
import org.parley.position.PositionFilter;
import org.parley.position.PositionTextSearch;
import org.parley.position.StoredPage;
import org.parley.position.StoredPosition;
import org.parley.search.SearchViews.FacetCount;
import org.parley.search.SearchViews.FacetsView;

/**
 * Positions found in the index: their words, and every filter of the position lists, so that the total, the order
 * and the page of a search, and the positions on it as stored, come from the index alone.
 */
@ApplicationScoped
public class PositionSearch implements PositionTextSearch {

    private static final Sort BY_DATE = new Sort(new SortField(IndexFields.STATED_ON, SortField.Type.LONG),
            new SortField(IndexFields.ID, SortField.Type.STRING));
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE,
            new SortField(IndexFields.STATED_ON, SortField.Type.LONG), new SortField(IndexFields.ID, SortField.Type.STRING));

    private final SearchIndex index;

    public PositionSearch(SearchIndex index) {
        this.index = index;
    }

    @Override
    public StoredPage page(PositionFilter filter, PageRequest request) {
        Query query = query(filter);
        Sort sort = filter.byRelevance() ? BY_RELEVANCE : BY_DATE;
        return index.search(searcher -> {
            TopDocs top = search(searcher, query, sort, request.offset() + request.size());
            int[] docs = new int[Math.max(0, top.scoreDocs.length - request.offset())];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = top.scoreDocs[request.offset() + i].doc;
            }
            Map<Integer, StoredPosition> byDoc = StoredValues.read(searcher, docs, StoredValues::position);
            List<StoredPosition> page = new ArrayList<>(docs.length);
            for (int doc : docs) {
                if (byDoc.containsKey(doc)) {
                    page.add(byDoc.get(doc));
                }
            }
            Set<String> answered = new HashSet<>();
            Set<String> documents = new HashSet<>();
            for (StoredPosition p : page) {
                if (p.respondsTo() != null) {
                    answered.add(p.respondsTo());
                }
                documents.addAll(p.documents());
            }
            return new StoredPage(Page.of(page, request, top.totalHits.value),
                    byId(entries(searcher, IndexFields.POSITION, answered, StoredValues::position), StoredPosition::id),
                    byId(entries(searcher, IndexFields.DOCUMENT, documents, StoredValues::document), DocumentRef::id));
        });
    }

    /** The stored values of these entries, those the index has. */
    static <T> Collection<T> entries(IndexSearcher searcher, String type, Set<String> ids,
            Function<BytesRef, T> decode) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Query keys = new TermInSetQuery(IndexFields.KEY,
                ids.stream().map(id -> new BytesRef(type + ":" + id)).toList());
        try {
            ScoreDoc[] hits = searcher.search(keys, ids.size()).scoreDocs;
            return StoredValues.read(searcher, Arrays.stream(hits).mapToInt(h -> h.doc).toArray(), decode).values();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> byId(Collection<T> values, Function<T, String> id) {
        return values.stream().collect(Collectors.toMap(id, v -> v, (a, b) -> a));
    }

    @Override
    public Set<String> scopes(String q) {
        return SearchScopes.of(TextAnalysis.parse("q", q));
    }

    @Override
    public Set<String> matching(String q, Collection<String> among) {
        BooleanQuery query = new BooleanQuery.Builder()
                .add(TextAnalysis.parse("q", q), Occur.MUST)
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.POSITION)), Occur.FILTER)
                .add(new TermInSetQuery(IndexFields.ID, among.stream().map(BytesRef::new).toList()), Occur.FILTER)
                .build();
        return index.search(searcher -> {
            TopDocs top = search(searcher, query, BY_DATE, Math.max(1, among.size()));
            Set<String> ids = new HashSet<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(id(searcher, hit));
            }
            return ids;
        });
    }

    @Override
    public List<String> all(PositionFilter filter, int limit) {
        Query query = query(filter);
        return index.search(searcher -> {
            TopDocs top = search(searcher, query, BY_DATE, limit);
            if (top.totalHits.value > limit) {
                throw DomainException.invalidParameter("q", "matches " + top.totalHits.value + " positions, more than "
                        + limit + " this list can page; narrow it");
            }
            List<String> ids = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                ids.add(id(searcher, hit));
            }
            return ids;
        });
    }

    /** How many positions the filter selects, per party, topic and kind. */
    public FacetsView facets(PositionFilter filter) {
        Query query = query(filter);
        return index.search(searcher -> {
            try {
                FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
                int total = hits.getMatchingDocs().stream().mapToInt(m -> m.totalHits).sum();
                return new FacetsView(total, counts(searcher, hits, IndexFields.PARTY),
                        counts(searcher, hits, IndexFields.TOPIC), counts(searcher, hits, IndexFields.KIND));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static List<FacetCount> counts(IndexSearcher searcher, FacetsCollector hits, String field)
            throws IOException {
        FacetResult result = new StringValueFacetCounts(
                new StringDocValuesReaderState(searcher.getIndexReader(), field), hits).getAllChildren(field);
        if (result == null) {
            return List.of();
        }
        return java.util.Arrays.stream(result.labelValues)
                .map(l -> new FacetCount(l.label, l.value.longValue()))
                .sorted(java.util.Comparator.comparingLong(FacetCount::count).reversed()
                        .thenComparing(FacetCount::value))
                .toList();
    }

    /** The filter as one query: its words score, every other condition only filters. */
    static Query query(PositionFilter f) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexFields.TYPE, IndexFields.POSITION)), Occur.FILTER);
        if (f.query() != null) {
            query.add(TextAnalysis.parse("q", f.query()), Occur.MUST);
        }
        anyOf(query, IndexFields.PARTY, f.parties());
        anyOf(query, IndexFields.TOPIC, f.topics());
        anyOf(query, IndexFields.KIND, f.kinds().stream().map(Enum::name).toList());
        one(query, IndexFields.CITES, f.document());
        one(query, IndexFields.SPEAKER, f.speaker());
        one(query, IndexFields.RESPONDS_TO, f.respondsTo());
        if (f.responsesOnly()) {
            one(query, IndexFields.IS_RESPONSE, "true");
        }
        if (f.from() != null || f.to() != null) {
            query.add(LongPoint.newRangeQuery(IndexFields.STATED_ON,
                    f.from() == null ? Long.MIN_VALUE : f.from().toEpochDay(),
                    f.to() == null ? Long.MAX_VALUE : f.to().toEpochDay()), Occur.FILTER);
        }
        return query.build();
    }

    static void anyOf(BooleanQuery.Builder query, String field, Collection<String> values) {
        if (!values.isEmpty()) {
            query.add(new TermInSetQuery(field, values.stream().map(BytesRef::new).toList()), Occur.FILTER);
        }
    }

    static void one(BooleanQuery.Builder query, String field, String value) {
        if (value != null) {
            query.add(new TermQuery(new Term(field, value)), Occur.FILTER);
        }
    }

    /** The first {@code n} hits in this order, and the exact number of them all. */
    static TopDocs search(IndexSearcher searcher, Query query, Sort sort, int n) {
        try {
            return searcher.search(query, new TopFieldCollectorManager(sort, Math.max(1, n), null,
                    Integer.MAX_VALUE, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String id(IndexSearcher searcher, ScoreDoc hit) {
        try {
            return searcher.storedFields().document(hit.doc, Set.of(IndexFields.ID)).get(IndexFields.ID);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
