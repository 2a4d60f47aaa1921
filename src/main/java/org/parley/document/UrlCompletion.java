package org.parley.document;

/**
 * Completes a document given by URL alone, reading the page it names. The ingest feature implements it, so this
 * package does not import that one.
 */
public interface UrlCompletion {

    /** The input as given when it has a text; otherwise the page its url names, read. */
    DocumentInput complete(DocumentInput input);
}
