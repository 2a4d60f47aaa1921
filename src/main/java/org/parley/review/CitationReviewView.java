package org.parley.review;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;
import org.parley.citation.CitationView;
import org.parley.position.PositionViews.PositionRef;

@Schema(name = "CitationReview", description = "A citation with the position it supports, as the review queue "
        + "lists it. Its ETag (If-Match for PATCH) follows the position's version.")
public record CitationReviewView(
        @Schema(required = true, description = "The citation's id.", examples = "21") String id,
        @Schema(required = true) PositionRef position,
        @Schema(required = true) CitationView citation,
        @Schema(required = true, description = "The position's version.", examples = "1") long version)
        implements Versioned {
}
