package org.parley.document;

/** How a document's publication date was established. */
public enum DateBasis {
    /** The date is part of the document's original URL. */
    URL,
    /** The text states the date. */
    TEXT,
    /** Worked out from weekdays and events the text mentions. */
    INFERRED,
    /**
     * The page's own metadata gives it (article:published_time, JSON-LD datePublished or a time element);
     * publishedNote says which. Set when a document is ingested by URL.
     */
    METADATA
}
