package org.parley.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.Params;
import org.parley.position.NegotiationFilter;

/** Which rows and columns a matrix has. */
public class MatrixParams {

    @RestQuery
    @Parameter(description = "A row's party id; repeat for several, in the order wanted. Default: every party, "
            + "by name.", example = "russia")
    public List<String> party;

    @RestQuery
    @Parameter(description = "A column's topic id; repeat for several, in the order wanted. Default: every topic, "
            + "by name.", example = "nato-expansion")
    public List<String> topic;

    @RestQuery
    @Parameter(description = "Only the parties on the sides of this negotiation (in side order) and the topics in "
            + "its scope; party and topic then choose among them.", example = "us-russia-security-talks-2022")
    public String negotiation;

    List<String> parties() {
        NegotiationFilter in = NegotiationFilter.of(negotiation);
        return in == null ? Params.values("party", party) : in.parties(Params.values("party", party));
    }

    List<String> topics() {
        NegotiationFilter in = NegotiationFilter.of(negotiation);
        return in == null ? Params.values("topic", topic) : in.topics(Params.values("topic", topic));
    }
}
