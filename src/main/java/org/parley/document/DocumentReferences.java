package org.parley.document;

import java.util.function.IntFunction;

/**
 * What refers to a document: the citations of positions, from the features above this one. Documents ask through
 * this interface, which the position feature implements, so this package imports neither that one nor citation.
 */
public interface DocumentReferences {

    /** The number of citations of the document (one position may cite it more than once). */
    int citations(String documentId);

    /** Removes every citation of the document; positions left without a citation are deleted. */
    void dropCitationsOf(String documentId, String by);

    /**
     * Re-anchors every citation of the document into its new text.
     *
     * @param revisionText the text of one of the document's revisions, by number
     * @param store false for a dry run: the outcome is computed and nothing is changed
     */
    ReanchoringReport reanchor(SourceDocument document, String newText, int newRevision,
            IntFunction<String> revisionText, boolean store, String by);
}
