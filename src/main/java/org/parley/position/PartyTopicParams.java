package org.parley.position;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.Params;

/**
 * The party, topic and negotiation filters: all the demand and response lists take, and the first of
 * {@link PositionFilterParams}. Paged lists take {@link org.parley.api.PageParams} beside them.
 */
public class PartyTopicParams {

    @RestQuery
    @Parameter(description = "Party id; repeat for any of several.", example = "[\"russia\"]")
    public List<String> party;

    @RestQuery
    @Parameter(description = "Topic id; repeat for any of several.", example = "[\"nato-expansion\"]")
    public List<String> topic;

    @RestQuery
    @Parameter(description = NegotiationFilter.DESCRIPTION, example = "us-russia-security-talks-2022")
    public String negotiation;

    /** The parties and topics asked for, narrowed to the negotiation's when one is named. */
    public PositionFilter toFilter() {
        List<String> parties = Params.values("party", party);
        List<String> topics = Params.values("topic", topic);
        NegotiationFilter in = NegotiationFilter.of(negotiation);
        if (in != null) {
            parties = in.parties(parties);
            topics = in.topics(topics);
        }
        return new PositionFilter(parties, topics, List.of(), null, null, null, null, null, null, false, false);
    }
}
