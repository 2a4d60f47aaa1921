package org.parley.citation;

/** A citation that does not match its document's text; the message says which document, where, and both strings. */
public class AnchorException extends RuntimeException {

    private final String documentId;

    public AnchorException(String documentId, String message) {
        super(message);
        this.documentId = documentId;
    }

    public String documentId() {
        return documentId;
    }
}
