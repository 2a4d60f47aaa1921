package org.parley.ingest;

import java.time.LocalDate;

/**
 * What was read from a page: its main text, normalised the same way every time, and the metadata the page gives.
 * {@code dateSource} names where the date came from (a meta tag, JSON-LD, a time element), null when none did.
 */
public record Article(String title, String outlet, LocalDate publishedOn, String dateSource, String language,
        String text) {
}
