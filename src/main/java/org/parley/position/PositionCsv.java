package org.parley.position;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.api.Page;
import org.parley.citation.CitationView;
import org.parley.csv.Csv;
import org.parley.csv.CsvFormat;
import org.parley.position.PositionViews.PositionView;

/** A page of positions as CSV: one row per position and citation, the position's fields repeated on each. */
@ApplicationScoped
public class PositionCsv implements CsvFormat<Page<PositionView>> {

    public static final List<String> HEADER = List.of("position_id", "stated_on", "party_id", "party_name",
            "topic_id", "topic_name", "kind", "summary", "speaker_id", "speaker_name", "responds_to_id",
            "citation_id", "document_id", "document_title", "document_outlet", "document_published_on", "quote",
            "start", "end", "span_url", "source_url", "anchor_status", "anchor_revision");

    @Override
    public boolean writes(Class<?> type, Type genericType) {
        return genericType instanceof ParameterizedType page && page.getRawType() == Page.class
                && page.getActualTypeArguments()[0] == PositionView.class;
    }

    @Override
    public Csv.Table table(Page<PositionView> page, String base) {
        List<List<Object>> rows = new ArrayList<>();
        page.items().forEach(p -> rows.addAll(rows(p, base)));
        return new Csv.Table(HEADER, rows);
    }

    /** The rows of one position, in the order of {@link #HEADER}. */
    public static List<List<Object>> rows(PositionView p, String base) {
        List<List<Object>> rows = new ArrayList<>(p.citations().size());
        for (CitationView c : p.citations()) {
            rows.add(Arrays.asList(p.id(), p.statedOn(), p.party().id(), p.party().name(), p.topic().id(),
                    p.topic().name(), p.kind(), p.summary(), p.speaker() == null ? null : p.speaker().id(),
                    p.speaker() == null ? null : p.speaker().name(),
                    p.respondsTo() == null ? null : p.respondsTo().id(), c.id(), c.document().id(),
                    c.document().title(), c.document().outlet(), c.document().publishedOn(), c.quote(), c.start(),
                    c.end(), base + c.spanUrl(), c.sourceUrl(), c.anchor().status(), c.anchor().revision()));
        }
        return rows;
    }
}
