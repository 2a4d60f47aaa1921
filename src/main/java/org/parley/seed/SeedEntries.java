package org.parley.seed;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The catalogue entries loaded so far (table seed_entry): each one's hash and the version of the record it left. */
final class SeedEntries {

    record Loaded(String hash, long version) {
    }

    private final Map<String, Loaded> byKey = new HashMap<>();

    static SeedEntries read(EntityManager em) {
        SeedEntries entries = new SeedEntries();
        for (Object row : em.createNativeQuery("select kind, entry_id, hash, record_version from seed_entry")
                .getResultList()) {
            Object[] r = (Object[]) row;
            entries.byKey.put(r[0] + "/" + r[1], new Loaded((String) r[2], ((Number) r[3]).longValue()));
        }
        return entries;
    }

    Loaded get(String kind, String id) {
        return byKey.get(kind + "/" + id);
    }

    /** The hash of the whole catalogue (texts included) at its last load without conflicts; null if none. */
    static String catalogueHash(EntityManager em) {
        List<?> rows = em.createNativeQuery("select hash from seed_entry where kind = 'catalogue'").getResultList();
        return rows.isEmpty() ? null : (String) rows.get(0);
    }

    /** Remembers the catalogue just loaded; null forgets it, so that the next load checks every entry again. */
    static void rememberCatalogue(EntityManager em, String hash) {
        em.createNativeQuery("delete from seed_entry where kind = 'catalogue'").executeUpdate();
        if (hash != null) {
            remember(em, "catalogue", "catalogue", hash, 0);
        }
    }

    static void remember(EntityManager em, String kind, String id, String hash, long version) {
        em.createNativeQuery("delete from seed_entry where kind = ?1 and entry_id = ?2").setParameter(1, kind)
                .setParameter(2, id).executeUpdate();
        em.createNativeQuery("insert into seed_entry (kind, entry_id, hash, record_version) values (?1, ?2, ?3, ?4)")
                .setParameter(1, kind).setParameter(2, id).setParameter(3, hash).setParameter(4, version)
                .executeUpdate();
    }
}
