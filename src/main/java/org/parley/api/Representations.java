package org.parley.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** The JSON bytes of a view, exactly as the API sends them, and their ETag. */
@ApplicationScoped
public class Representations {

    private final ObjectMapper json;

    public Representations(ObjectMapper json) {
        this.json = json;
    }

    public byte[] bytes(Object view) {
        try {
            return json.writeValueAsBytes(view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be serialised", e);
        }
    }

    /** Writes the view's JSON bytes, the same as {@link #bytes}, to {@code out}. */
    public void write(Object view, OutputStream out) {
        try {
            json.writeValue(out, view);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A view could not be serialised", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String etag(Object view) {
        return ETags.of(bytes(view), view instanceof Versioned v ? v.version() : null);
    }
}
