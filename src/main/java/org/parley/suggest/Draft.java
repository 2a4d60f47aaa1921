package org.parley.suggest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.position.PositionKind;

/**
 * A position the suggester found: who (a known speaker, or a new one with the name and role the text gives), on
 * what, of which kind, where (code point offsets, end exclusive), how sure, and why.
 */
public record Draft(String party, String speaker, String newSpeakerName, String newSpeakerRole, String topic,
        PositionKind kind, String summary, int start, int end, String quote, double confidence, Evidence evidence) {

    /** What in the text led to each field. */
    @Schema(name = "SuggestionEvidence", description = "What in the text led to each field: how the party was "
            + "attributed, the name that did it, the cue words behind the kind, the topic's terms found.")
    public record Evidence(String attribution, String partyBy, String speakerBy, List<String> kindCues,
            List<String> topicTerms) {
    }
}
