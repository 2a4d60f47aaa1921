package org.parley.dashboard;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import org.parley.csv.Csv;
import org.parley.csv.CsvFormat;
import org.parley.dashboard.MatrixViews.LatestPosition;
import org.parley.dashboard.MatrixViews.MatrixView;

/** The matrix as CSV: one row per cell, row by row; an empty cell has no position fields. */
@ApplicationScoped
public class MatrixCsv implements CsvFormat<MatrixView> {

    static final List<String> HEADER = List.of("party_id", "party_name", "topic_id", "topic_name", "positions",
            "position_id", "kind", "stated_on", "summary", "responds_to_id", "citations", "documents",
            "position_url");

    @Override
    public boolean writes(Class<?> type, Type genericType) {
        return type == MatrixView.class;
    }

    @Override
    public Csv.Table table(MatrixView matrix, String base) {
        return new Csv.Table(HEADER, matrix.cells().stream().map(cell -> {
            LatestPosition p = cell.latest();
            return p == null
                    ? Arrays.<Object>asList(cell.party().id(), cell.party().name(), cell.topic().id(),
                            cell.topic().name(), cell.positions(), null, null, null, null, null, null, null, null)
                    : Arrays.<Object>asList(cell.party().id(), cell.party().name(), cell.topic().id(),
                            cell.topic().name(), cell.positions(), p.id(), p.kind(), p.statedOn(), p.summary(),
                            p.respondsTo(), p.citations(), p.documents(), base + p.url());
        }).toList());
    }
}
