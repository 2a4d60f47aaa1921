package org.parley.negotiation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.parley.negotiation.NegotiationRules.Stated;
import org.parley.position.PositionKind;

/**
 * A negotiation's topic states as kept in negotiation_topic_state, and as derived from scratch: the rules over every
 * stored position, with the scope read afresh. Both as sorted lines, so that a test compares them whole.
 */
public final class NegotiationStateRows {

    private NegotiationStateRows() {
    }

    public static List<String> maintained(Connection connection, String negotiation) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select topic_id, state, rule, last_movement, demands_open, demands_rejected, demands_countered,
                       demands_accepted, common_ground, shifts
                from negotiation_topic_state where negotiation_id = ?""")) {
            select.setString(1, negotiation);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(String.join(" | ", r.getString(1), r.getString(2), r.getString(3),
                            String.valueOf(r.getObject(4, LocalDate.class)), List.of(r.getInt(5), r.getInt(6),
                                    r.getInt(7), r.getInt(8)).toString(), String.valueOf(r.getInt(9)),
                            String.valueOf(r.getInt(10))));
                }
            }
        }
        rows.sort(null);
        return rows;
    }

    public static List<String> recomputed(Connection connection, String negotiation) throws SQLException {
        Map<String, Integer> sideOf = new HashMap<>();
        TreeSet<String> topics = new TreeSet<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select party_id, side_ord from negotiation_member where negotiation_id = ?")) {
            select.setString(1, negotiation);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    sideOf.put(r.getString(1), r.getInt(2));
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "select topic_id from negotiation_topic where negotiation_id = ?")) {
            select.setString(1, negotiation);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    topics.add(r.getString(1));
                }
            }
        }
        List<Stated> all = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select id, party_id, topic_id, kind, stated_on, responds_to_id from party_position");
                ResultSet r = select.executeQuery()) {
            while (r.next()) {
                all.add(new Stated(r.getString(1), r.getString(2), r.getString(3),
                        PositionKind.valueOf(r.getString(4)), r.getObject(5, LocalDate.class), r.getString(6)));
            }
        }
        List<String> rows = new ArrayList<>();
        NegotiationRules.summaries(NegotiationRules.scope(sides(sideOf), topics), List.copyOf(topics), all)
                .forEach(s -> rows.add(String.join(" | ", s.topic(), s.status().name(), s.rule().name(),
                        String.valueOf(s.lastMovement()), s.demands().toString(), String.valueOf(s.commonGround()),
                        String.valueOf(s.shifts()))));
        rows.sort(null);
        return rows;
    }

    private static List<List<String>> sides(Map<String, Integer> sideOf) {
        int count = sideOf.values().stream().mapToInt(i -> i + 1).max().orElse(0);
        List<List<String>> sides = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            sides.add(new ArrayList<>());
        }
        sideOf.forEach((party, side) -> sides.get(side).add(party));
        return sides;
    }
}
