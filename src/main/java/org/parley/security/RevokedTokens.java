package org.parley.security;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * The deny list of token ids ({@code jti}), kept in the database so that every replica honours a revocation made
 * through any of them. Each replica keeps a copy and reads the list again once it is older than
 * parley.auth.revocation-check-interval; a revocation through this replica counts at once.
 */
@ApplicationScoped
public class RevokedTokens {

    public record Revocation(String jti, Instant revokedAt, String revokedBy) {
    }

    private final DataSource database;
    private final long intervalNanos;
    private volatile Set<String> revoked = Set.of();
    private volatile long readAt;
    private volatile boolean read;

    public RevokedTokens(DataSource database, AuthConfig config) {
        this.database = database;
        this.intervalNanos = config.revocationCheckInterval().toNanos();
    }

    /** Whether the copy is recent enough to answer {@link #isRevoked} without the database. */
    public boolean fresh() {
        return read && System.nanoTime() - readAt < intervalNanos;
    }

    /** Whether the token with this id is revoked; reads the list again first if the copy is stale (blocking). */
    public boolean isRevoked(String jti) {
        if (!fresh()) {
            reload();
        }
        return jti != null && revoked.contains(jti);
    }

    /** Revokes the token with this id: the new revocation, or the one it already had. */
    public Revoked revoke(String jti, String actor) {
        Optional<Revocation> earlier = find(jti);
        if (earlier.isPresent()) {
            return new Revoked(earlier.get(), false);
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                "insert into revoked_token (jti, revoked_at, revoked_by) values (?, ?, ?)")) {
            insert.setString(1, jti);
            insert.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setString(3, actor);
            insert.executeUpdate();
        } catch (SQLIntegrityConstraintViolationException raced) {
            return new Revoked(find(jti).orElseThrow(), false);
        } catch (SQLException e) {
            if (e.getSQLState() != null && e.getSQLState().startsWith("23")) {
                return new Revoked(find(jti).orElseThrow(), false);
            }
            throw new IllegalStateException("Cannot store the revocation of " + jti, e);
        }
        remember(jti);
        return new Revoked(new Revocation(jti, now, actor), true);
    }

    public record Revoked(Revocation revocation, boolean created) {
    }

    /** Under the lock a reload holds, so a reload that began before the insert cannot drop it. */
    private synchronized void remember(String jti) {
        Set<String> more = new HashSet<>(revoked);
        more.add(jti);
        revoked = Set.copyOf(more);
    }

    private Optional<Revocation> find(String jti) {
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select revoked_at, revoked_by from revoked_token where jti = ?")) {
            select.setString(1, jti);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(new Revocation(jti,
                        rows.getObject(1, OffsetDateTime.class).toInstant(), rows.getString(2))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the revocation of " + jti, e);
        }
    }

    private synchronized void reload() {
        if (fresh()) {
            return;
        }
        long started = System.nanoTime();
        Set<String> all = new HashSet<>();
        try (Connection c = database.getConnection(); PreparedStatement select = c.prepareStatement(
                "select jti from revoked_token"); ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                all.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the revoked tokens", e);
        }
        revoked = Set.copyOf(all);
        readAt = started;
        read = true;
    }
}
