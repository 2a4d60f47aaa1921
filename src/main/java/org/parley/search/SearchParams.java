package org.parley.search;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.PageParams;
import org.parley.api.Params;
import org.parley.error.DomainException;

/** The query parameters of a search in document texts. */
public class SearchParams extends PageParams {

    @RestQuery
    @Parameter(required = true, description = "The query: English words match their other forms (sanction finds "
            + "sanctions), \"a phrase\", AND (the default between words), OR, NOT or -word, a prefix such as "
            + "missil*, and parentheses. At most 1,000 characters.", example = "\"military exercises\"")
    public String q;

    @RestQuery
    @Parameter(description = "Document id; repeat for any of several.", example = "[\"001_949e2e32b0da38f4\"]")
    public List<String> document;

    @RestQuery
    @Parameter(description = "Outlet, exactly as the document names it; repeat for any of several.")
    public List<String> outlet;

    @RestQuery
    @Parameter(description = "Published on or after this date.", example = "2022-01-01")
    public LocalDate from;

    @RestQuery
    @Parameter(description = "Published on or before this date.", example = "2022-02-28")
    public LocalDate to;

    // A negotiation filter joins these once negotiations exist (issue 15): index the negotiation id with each
    // document in IndexFields and add a FILTER clause for it in DocumentSearch.query.

    public DocumentFilter toFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw DomainException.invalidParameter("from", "must not be after 'to'");
        }
        if (q == null) {
            throw DomainException.invalidParameter("q", "is required");
        }
        return new DocumentFilter(q, Params.values("document", document), Params.values("outlet", outlet), from, to);
    }
}
