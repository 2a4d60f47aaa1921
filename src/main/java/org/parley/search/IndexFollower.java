package org.parley.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Set;
import org.jboss.logging.Logger;
import org.parley.cache.EntitiesWritten;
import org.parley.cache.WriteScopes;

/**
 * Keeps the index in step with every write, whichever service made it (positions, documents, imports, seeds,
 * cascading deletes): after the transaction ends, the positions and documents it touched are read again from the
 * database and the index's view refreshed, before the write is answered. The write then also touches the words of
 * the positions it changed, as they were and are, which kept searches depend on ({@link SearchScopes}).
 */
@ApplicationScoped
public class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class);

    private final SearchIndex index;

    public IndexFollower(SearchIndex index) {
        this.index = index;
    }

    void onWritten(@Observes EntitiesWritten written) {
        Set<String> words = null;
        try {
            words = index.refresh(written.ids("Position"), written.ids("SourceDocument"), written.generation());
        } catch (RuntimeException e) {
            // The write is committed: it is answered, and the index catches up when it is compared again.
            LOG.errorf(e, "The search index could not follow a write");
        }
        // Kept searches outlive the write if it touched none of their words; unknown words could be any.
        written.touch(words == null ? Set.of(WriteScopes.EVERYTHING) : words);
    }
}
