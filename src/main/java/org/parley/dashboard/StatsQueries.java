package org.parley.dashboard;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.parley.dashboard.StatsViews.DocumentCount;
import org.parley.dashboard.StatsViews.KindCount;
import org.parley.dashboard.StatsViews.PartyCount;
import org.parley.dashboard.StatsViews.StatsView;
import org.parley.dashboard.StatsViews.TopicCount;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.SourceDocument;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.position.PositionKind;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

/** Counts positions with one group-by statement per dimension. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StatsQueries {

    public StatsView stats() {
        Map<Object, Long> byParty = counts("select p.party.id, count(p) from Position p group by p.party.id");
        Map<Object, Long> byTopic = counts("select p.topic.id, count(p) from Position p group by p.topic.id");
        Map<Object, Long> byKind = counts("select p.kind, count(p) from Position p group by p.kind");
        Map<String, long[]> byDocument = new HashMap<>();
        em().createQuery("select c.document.id, count(distinct p.id), count(c) from Position p join p.citations c"
                + " group by c.document.id", Object[].class).getResultStream()
                .forEach(row -> byDocument.put((String) row[0], new long[] {(Long) row[1], (Long) row[2]}));

        List<PartyCount> parties = Party.<Party>listAll(Sort.by("id")).stream()
                .map(p -> new PartyCount(PartyRef.of(p), byParty.getOrDefault(p.id, 0L)))
                .sorted(mostFirst(PartyCount::positions, c -> c.party().id())).toList();
        List<TopicCount> topics = Topic.<Topic>listAll(Sort.by("id")).stream()
                .map(t -> new TopicCount(TopicRef.of(t), byTopic.getOrDefault(t.id, 0L)))
                .sorted(mostFirst(TopicCount::positions, c -> c.topic().id())).toList();
        List<KindCount> kinds = Arrays.stream(PositionKind.values())
                .map(k -> new KindCount(k, byKind.getOrDefault(k, 0L)))
                .sorted(mostFirst(KindCount::positions, c -> c.kind().name())).toList();
        List<DocumentCount> documents = SourceDocument.<SourceDocument>listAll(Sort.by("id")).stream()
                .map(d -> {
                    long[] n = byDocument.getOrDefault(d.id, new long[2]);
                    return new DocumentCount(DocumentRef.of(d), n[0], n[1]);
                })
                .sorted(mostFirst(DocumentCount::positions, c -> c.document().id())).toList();
        long positions = byParty.values().stream().mapToLong(Long::longValue).sum();
        long citations = byDocument.values().stream().mapToLong(n -> n[1]).sum();
        return new StatsView(positions, citations, documents.size(), parties, topics, kinds, documents);
    }

    private static Map<Object, Long> counts(String jpql) {
        Map<Object, Long> counts = new HashMap<>();
        em().createQuery(jpql, Object[].class).getResultStream().forEach(row -> counts.put(row[0], (Long) row[1]));
        return counts;
    }

    private static <T> Comparator<T> mostFirst(Function<T, Long> count, Function<T, String> id) {
        return Comparator.comparing(count, Comparator.reverseOrder()).thenComparing(id);
    }

    private static EntityManager em() {
        return Panache.getEntityManager();
    }
}
