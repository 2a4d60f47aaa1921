package org.parley.csv;

import java.lang.reflect.Type;

/**
 * How a response body becomes a CSV table. Implementations are CDI beans; the {@link CsvBodyWriter} asks each
 * whether it writes a body of a resource method's declared type.
 */
public interface CsvFormat<T> {

    boolean writes(Class<?> type, Type genericType);

    /** {@code base} is the service's base URI, for links that must work outside it (in a spreadsheet). */
    Csv.Table table(T body, String base);
}
