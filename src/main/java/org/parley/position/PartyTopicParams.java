package org.parley.position;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.PageParams;
import org.parley.api.Params;

/** Party and topic filters, for the demand and response lists. */
public class PartyTopicParams extends PageParams {

    @RestQuery
    @Parameter(description = "Party id; repeat for any of several.", example = "[\"russia\"]")
    public List<String> party;

    @RestQuery
    @Parameter(description = "Topic id; repeat for any of several.", example = "[\"nato-expansion\"]")
    public List<String> topic;

    public PositionFilter toFilter() {
        return new PositionFilter(Params.values("party", party), Params.values("topic", topic), List.of(),
                null, null, null, null, null, null, false, false);
    }
}
