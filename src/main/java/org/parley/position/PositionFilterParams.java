package org.parley.position;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.Params;
import org.parley.error.DomainException;

/**
 * The query parameters that filter positions, in a list (paged by {@link org.parley.api.PageParams} beside them) or
 * in an export.
 */
public class PositionFilterParams extends PartyTopicParams {

    /** As long as a search query may be (org.parley.search.TextAnalysis says the same). */
    static final int MAX_QUERY_LENGTH = 1000;

    @RestQuery
    @Parameter(description = "Position kind; repeat for any of several.", example = "[\"DEMAND\"]")
    public List<PositionKind> kind;

    @RestQuery
    @Parameter(description = "Only positions cited from this document.", example = "001_949e2e32b0da38f4")
    public String document;

    @RestQuery
    @Parameter(description = "Only positions stated by this representative.", example = "antony-blinken")
    public String speaker;

    @RestQuery
    @Parameter(description = "A full-text query over the summary and the quotes: English words match their other "
            + "forms (sanction finds sanctions), \"a phrase\", AND (the default between words), OR, NOT or -word, "
            + "a prefix such as missil*, and parentheses. At most 1,000 characters. With asOf, each word must appear "
            + "as it is written instead.", example = "missiles")
    public String q;

    @RestQuery
    @Parameter(description = "relevance: best matches of q first (needs q). Default: statement date, then id.",
            schema = @org.eclipse.microprofile.openapi.annotations.media.Schema(
                    enumeration = {"date", "relevance"}))
    public String sort;

    @RestQuery
    @Parameter(description = "Stated on or after this date.", example = "2022-01-01")
    public LocalDate from;

    @RestQuery
    @Parameter(description = "Stated on or before this date.", example = "2022-02-28")
    public LocalDate to;

    @RestQuery
    @Parameter(description = "Only positions that answer this position.", example = "ru-demand-nato-non-expansion")
    public String respondsTo;

    @Override
    public PositionFilter toFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalidParameter("from", "must not be after 'to'");
        }
        PositionFilter scope = super.toFilter();
        return new PositionFilter(scope.parties(), scope.topics(), Params.values("kind", kind), document, speaker,
                query(q), from, to, respondsTo, false, byRelevance());
    }

    /** The query, checked for what can be checked without the index; null for none. */
    static String query(String q) {
        if (q == null) {
            return null;
        }
        if (q.isBlank()) {
            throw DomainException.invalidParameter("q", "must not be empty");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw DomainException.invalidParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return q;
    }

    private boolean byRelevance() {
        if (sort == null || sort.equals("date")) {
            return false;
        }
        if (!sort.equals("relevance")) {
            throw DomainException.invalidParameter("sort", "must be date or relevance");
        }
        if (q == null) {
            throw DomainException.invalidParameter("sort", "relevance needs a query (q)");
        }
        return true;
    }
}
