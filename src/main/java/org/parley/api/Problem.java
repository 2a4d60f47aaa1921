package org.parley.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem details body: every error the API returns has this shape. */
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json.")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        @Schema(required = true, description = "URI reference identifying the problem type.",
                examples = "/problems/not-found") String type,
        @Schema(required = true, description = "Short, human-readable summary of the problem type.",
                examples = "Not Found") String title,
        @Schema(required = true, description = "The HTTP status code.", examples = "404") int status,
        @Schema(description = "What went wrong in this occurrence.",
                examples = "No party with id 'atlantis'.") String detail,
        @Schema(description = "The request path that produced the problem.",
                examples = "/api/parties/atlantis") String instance,
        @Schema(description = "Which inputs were wrong and why, when the problem is about inputs.")
        List<FieldProblem> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One wrong input: where it is (a parameter, a JSON pointer into the body, a catalogue entry) and what is wrong. */
    @Schema(name = "FieldProblem")
    public record FieldProblem(
            @Schema(required = true, examples = "size") String field,
            @Schema(required = true, examples = "must be between " + PageRequest.MIN_SIZE + " and "
                    + PageRequest.MAX_SIZE) String message) {
    }
}
