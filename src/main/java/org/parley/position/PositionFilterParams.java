package org.parley.position;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.PageParams;
import org.parley.api.Params;
import org.parley.api.ProblemException;

/** The query parameters that filter a list of positions. */
public class PositionFilterParams extends PageParams {

    static final int MAX_QUERY_LENGTH = 200;
    static final int MAX_WORDS = 8;

    @RestQuery
    @Parameter(description = "Party id; repeat for any of several.", example = "[\"russia\"]")
    public List<String> party;

    @RestQuery
    @Parameter(description = "Topic id; repeat for any of several.", example = "[\"nato-expansion\"]")
    public List<String> topic;

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
    @Parameter(description = "Words that must all appear, in any case, in the summary or in one of the quotes.",
            example = "missiles")
    public String q;

    @RestQuery
    @Parameter(description = "Stated on or after this date.", example = "2022-01-01")
    public LocalDate from;

    @RestQuery
    @Parameter(description = "Stated on or before this date.", example = "2022-02-28")
    public LocalDate to;

    @RestQuery
    @Parameter(description = "Only positions that answer this position.", example = "ru-demand-nato-non-expansion")
    public String respondsTo;

    @RestQuery
    @Parameter(description = NegotiationFilter.DESCRIPTION, example = "us-russia-security-talks-2022")
    public String negotiation;

    public PositionFilter toFilter() {
        if (from != null && to != null && from.isAfter(to)) {
            throw ProblemException.badParameter("from", "must not be after 'to'");
        }
        List<String> parties = Params.values("party", party);
        List<String> topics = Params.values("topic", topic);
        NegotiationFilter in = NegotiationFilter.of(negotiation);
        if (in != null) {
            parties = in.parties(parties);
            topics = in.topics(topics);
        }
        return new PositionFilter(parties, topics,
                Params.values("kind", kind), document, speaker, words(q), from,
                to, respondsTo, false);
    }

    static List<String> words(String q) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw ProblemException.badParameter("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        List<String> words = new ArrayList<>(Arrays.stream(q.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).distinct().toList());
        if (words.size() > MAX_WORDS) {
            throw ProblemException.badParameter("q", "must have at most " + MAX_WORDS + " words");
        }
        return words;
    }
}
