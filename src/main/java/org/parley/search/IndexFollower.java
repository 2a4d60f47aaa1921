package org.parley.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;
import org.parley.cache.EntitiesWritten;

/**
 * Keeps the index in step with every write, whichever service made it (positions, documents, imports, seeds,
 * cascading deletes): after the transaction ends, the positions and documents it touched are read again from the
 * database and the index's view refreshed, before the write is answered.
 */
@ApplicationScoped
public class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class);

    private final SearchIndex index;

    public IndexFollower(SearchIndex index) {
        this.index = index;
    }

    void onWritten(@Observes EntitiesWritten written) {
        try {
            index.refresh(written.ids("Position"), written.ids("SourceDocument"), written.generation());
        } catch (RuntimeException e) {
            // The write is committed: it is answered, and the index catches up when it is compared again.
            LOG.errorf(e, "The search index could not follow a write");
        }
    }
}
