package org.parley.position;

import java.util.Map;
import org.parley.api.Page;
import org.parley.document.DocumentViews.DocumentRef;

/**
 * A page of positions as the search index holds them, with what the index also holds of what they refer to: the
 * positions they answer and the documents they cite, by id, all read from the same view of the index.
 */
public record StoredPage(Page<StoredPosition> positions, Map<String, StoredPosition> answered,
        Map<String, DocumentRef> documents) {
}
