package org.parley.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.parley.csv.Csv;
import org.parley.csv.CsvFormat;
import org.parley.dashboard.TimelineViews.TimelineEdge;
import org.parley.dashboard.TimelineViews.TimelineView;
import org.parley.position.PositionCsv;
import org.parley.position.PositionViews.PositionView;

/** The timeline as CSV: the position rows, with the edge each response has on the timeline as {@code edge_to}. */
@ApplicationScoped
public class TimelineCsv implements CsvFormat<TimelineView> {

    static final List<String> HEADER = header();

    @Override
    public boolean writes(Class<?> type, Type genericType) {
        return type == TimelineView.class;
    }

    @Override
    public Csv.Table table(TimelineView timeline, String base) {
        Map<String, String> edges = timeline.edges().stream()
                .collect(Collectors.toMap(TimelineEdge::from, TimelineEdge::to));
        List<List<Object>> rows = new ArrayList<>();
        for (PositionView p : timeline.items()) {
            for (List<Object> row : PositionCsv.rows(p, base)) {
                List<Object> withEdge = new ArrayList<>(row);
                withEdge.add(edges.get(p.id()));
                rows.add(withEdge);
            }
        }
        return new Csv.Table(HEADER, rows);
    }

    private static List<String> header() {
        List<String> header = new ArrayList<>(PositionCsv.HEADER);
        header.add("edge_to");
        return List.copyOf(header);
    }
}
