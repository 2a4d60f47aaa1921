package org.parley.csv;

import io.quarkus.arc.All;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;
import org.parley.api.PublicUrl;

/** Writes {@code text/csv} for every body type a {@link CsvFormat} knows. */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    private final List<CsvFormat<?>> formats;
    private final UriInfo uri;
    private final PublicUrl publicUrl;

    public CsvBodyWriter(@All List<CsvFormat<?>> formats, UriInfo uri, PublicUrl publicUrl) {
        this.formats = formats;
        this.uri = uri;
        this.publicUrl = publicUrl;
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return format(type, genericType).isPresent();
    }

    @Override
    @SuppressWarnings("unchecked")
    public void writeTo(Object body, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        CsvFormat<Object> format = (CsvFormat<Object>) format(type, genericType).orElseThrow();
        headers.putSingle("Content-Type", Csv.CONTENT_TYPE);
        String base = publicUrl.base(uri);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        if ("true".equalsIgnoreCase(uri.getQueryParameters().getFirst("bom"))) {
            writer.write(Csv.BOM);
        }
        Csv.write(format.table(body, base), writer);
    }

    private Optional<CsvFormat<?>> format(Class<?> type, Type genericType) {
        Type body = bodyType(genericType);
        return formats.stream().filter(f -> f.writes(type, body)).findFirst();
    }

    /** A method returning {@code RestResponse<T>} is declared with that type; its body is a T. */
    private static Type bodyType(Type declared) {
        return declared instanceof ParameterizedType p && p.getRawType() == RestResponse.class
                ? p.getActualTypeArguments()[0] : declared;
    }
}
