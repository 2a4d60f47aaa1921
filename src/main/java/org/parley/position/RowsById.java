package org.parley.position;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.engine.jdbc.spi.JdbcCoordinator;
import org.hibernate.engine.spi.SessionImplementor;

/**
 * One statement that reads the rows of a list of ids, columns by position, through Hibernate's JDBC coordinator
 * (its statistics, logging and statement cleanup), with no entity on the way. The list is padded to a power of two,
 * so that 48 ids and 50 are the same SQL, which the database has already parsed.
 */
final class RowsById {

    enum Type { TEXT, DATE, INSTANT, LONG, INT, DOUBLE }

    record Column(String expression, Type type) {
    }

    private final List<Column> columns;
    private final String select;
    private final String orderBy;

    /** {@code select <columns> <from> where <id> in (…) <orderBy>}. */
    RowsById(List<Column> columns, String from, String id, String orderBy) {
        this.columns = columns;
        this.select = columns.stream().map(Column::expression)
                .collect(Collectors.joining(", ", "select ", from + " where " + id + " in ("));
        this.orderBy = orderBy.isEmpty() ? ")" : ") " + orderBy;
    }

    List<Object[]> read(SessionImplementor session, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        JdbcCoordinator jdbc = session.getJdbcCoordinator();
        int padded = ids.size() == 1 ? 1 : Integer.highestOneBit(ids.size() - 1) << 1;
        String sql = select + ",?".repeat(padded).substring(1) + orderBy;
        PreparedStatement statement = jdbc.getStatementPreparer().prepareStatement(sql);
        try {
            for (int i = 0; i < padded; i++) {
                statement.setString(i + 1, ids.get(Math.min(i, ids.size() - 1)));
            }
            ResultSet result = jdbc.getResultSetReturn().extract(statement, sql);
            List<Object[]> rows = new ArrayList<>();
            while (result.next()) {
                rows.add(row(result));
            }
            return rows;
        } catch (SQLException e) {
            throw session.getJdbcServices().getSqlExceptionHelper().convert(e, "reading rows by id", sql);
        } finally {
            jdbc.getLogicalConnection().getResourceRegistry().release(statement);
            jdbc.afterStatementExecution();
        }
    }

    private Object[] row(ResultSet result) throws SQLException {
        Object[] row = new Object[columns.size()];
        for (int i = 0; i < row.length; i++) {
            int column = i + 1;
            row[i] = switch (columns.get(i).type()) {
                case TEXT -> result.getString(column);
                case DATE -> result.getObject(column, LocalDate.class);
                case INSTANT -> result.getObject(column, OffsetDateTime.class).toInstant();
                case LONG -> result.getObject(column, Long.class);
                case INT -> result.getObject(column, Integer.class);
                case DOUBLE -> result.getObject(column, Double.class);
            };
        }
        return row;
    }
}
