package org.parley.dashboard;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.parley.api.Params;

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

    List<String> parties() {
        return Params.values("party", party);
    }

    List<String> topics() {
        return Params.values("topic", topic);
    }
}
