package org.parley.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parley.csv.Csv;
import org.parley.csv.CsvFormat;
import org.parley.negotiation.NegotiationStateViews.ShiftView;
import org.parley.negotiation.NegotiationStateViews.StanceView;
import org.parley.negotiation.NegotiationStateViews.StancesView;
import org.parley.position.PositionViews.PositionView;

/** Stances as CSV: one row per position, with the kind it shifted from when its stance changes there. */
@ApplicationScoped
public class NegotiationStancesCsv implements CsvFormat<StancesView> {

    static final List<String> HEADER = List.of("party_id", "topic_id", "position_id", "kind", "stated_on",
            "shift_from", "summary", "url");

    @Override
    public boolean writes(Class<?> type, Type genericType) {
        return type == StancesView.class;
    }

    @Override
    public Csv.Table table(StancesView stances, String base) {
        List<List<Object>> rows = new ArrayList<>();
        for (StanceView s : stances.stances()) {
            for (PositionView p : s.positions()) {
                Object from = s.shifts().stream().filter(x -> x.positions().get(1).id().equals(p.id()))
                        .map(ShiftView::from).findFirst().orElse(null);
                rows.add(Arrays.asList(s.party().id(), s.topic().id(), p.id(), p.kind(), p.statedOn(), from,
                        p.summary(), base + "/api/positions/" + p.id()));
            }
        }
        return new Csv.Table(HEADER, rows);
    }
}
