package org.parley.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.parley.csv.Csv;
import org.parley.csv.CsvFormat;
import org.parley.negotiation.NegotiationRules.DemandStatus;
import org.parley.negotiation.NegotiationStateViews.StateView;
import org.parley.negotiation.NegotiationStateViews.TopicStateView;

/** The state as CSV: one row per topic, with how many of its demands have each status. */
@ApplicationScoped
public class NegotiationStateCsv implements CsvFormat<StateView> {

    static final List<String> HEADER = List.of("topic_id", "topic", "state", "rule", "last_movement", "demands_open",
            "demands_rejected", "demands_countered", "demands_accepted", "common_ground", "shifts");

    @Override
    public boolean writes(Class<?> type, Type genericType) {
        return type == StateView.class;
    }

    @Override
    public Csv.Table table(StateView state, String base) {
        return new Csv.Table(HEADER, state.topics().stream().map(NegotiationStateCsv::row).toList());
    }

    static List<Object> row(TopicStateView t) {
        List<Object> row = new java.util.ArrayList<>(Arrays.asList(t.topic().id(), t.topic().name(), t.state(),
                t.rule(), t.lastMovement()));
        for (DemandStatus status : DemandStatus.values()) {
            row.add(t.demands().stream().filter(d -> d.status() == status).count());
        }
        row.add(t.commonGround().size());
        row.add(t.stances().stream().mapToInt(s -> s.shifts().size()).sum());
        return row;
    }
}
