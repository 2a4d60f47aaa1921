package org.parley.api;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Parameter conversions that fail with a message in the client's terms (and that the {@link ProblemMapper} turns
 * into 400): integers, dates, instants, and enums in any case.
 */
@Provider
public class ParamConverters implements ParamConverterProvider {

    /**
     * RFC 3339 and the ISO 8601 forms clients send: an offset as {@code Z}, {@code +00:00}, {@code +0000} or
     * {@code +00} (Python's generated client sends {@code +0000}), seconds with a fraction of any length.
     */
    private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
            .optionalStart().appendOffset("+HH:MM:ss", "Z").optionalEnd()
            .optionalStart().appendOffset("+HHMM", "Z").optionalEnd()
            .optionalStart().appendOffset("+HH", "Z").optionalEnd()
            .toFormatter();
    /** Digits beyond nanoseconds, which no clock here has: dropped rather than refused. */
    private static final Pattern SUB_NANOSECONDS = Pattern.compile("(\\.\\d{9})\\d+");

    /** A parameter value that cannot be converted to its type. */
    public static class InvalidValue extends RuntimeException {
        InvalidValue(String value, String expected) {
            super("'" + value + "' is not " + expected);
        }
    }

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new Converter<>(Integer::valueOf, "an integer");
        }
        if (rawType == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(LocalDate::parse, "a date (YYYY-MM-DD)");
        }
        if (rawType == Instant.class) {
            return (ParamConverter<T>) new Converter<>(ParamConverters::instant,
                    "an instant with an offset (RFC 3339, e.g. 2022-01-10T00:00:00Z) in the years "
                            + Years.FIRST + " to " + Years.LAST);
        }
        if (rawType.isEnum()) {
            return new Converter<>(value -> (T) Enum.valueOf((Class) rawType, value.toUpperCase(Locale.ROOT)),
                    "one of " + Arrays.toString(rawType.getEnumConstants()));
        }
        return null;
    }

    /** An instant in any of the forms {@link #INSTANT} reads; an offset is required, a local time is ambiguous. */
    static Instant instant(String value) {
        String trimmed = SUB_NANOSECONDS.matcher(value.trim()).replaceFirst("$1");
        return OffsetDateTime.parse(trimmed, INSTANT).toInstant();
    }

    private record Converter<T>(Function<String, T> parse, String expected)
            implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            T parsed;
            try {
                parsed = parse.apply(value);
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new InvalidValue(value, expected);
            }
            if (!Years.supported(parsed)) {
                throw new InvalidValue(value, "within the years " + Years.FIRST + " to " + Years.LAST);
            }
            return parsed;
        }

        @Override
        public String toString(T value) {
            return value instanceof Enum<?> e ? e.name() : String.valueOf(value);
        }
    }
}
