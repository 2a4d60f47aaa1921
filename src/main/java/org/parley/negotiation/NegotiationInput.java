package org.parley.negotiation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A negotiation as a client writes it. */
@Schema(name = "NegotiationInput")
public record NegotiationInput(
        @Schema(required = true, examples = "us-russia-security-talks-2022") @NotNull @Pattern(regexp = Ids.PATTERN)
        String id,
        @Schema(required = true, examples = "US/NATO-Russia security talks, January 2022") @NotBlank @Size(max = 200)
        String name,
        @Schema(nullable = true) @Size(max = 2000) String description,
        @Schema(nullable = true, examples = "2021-12-17") LocalDate startsOn,
        @Schema(nullable = true, examples = "2022-02-24") LocalDate endsOn,
        @Schema(required = true, description = "At least two; a party sits on one side only.")
        @NotNull @Size(min = 2, max = 20) List<@Valid @NotNull SideInput> sides,
        @Schema(description = "Ids of the topics in scope.", examples = "[\"nato-expansion\"]")
        @Size(max = 200) List<@NotNull @Pattern(regexp = Ids.PATTERN) String> topics,
        @Schema(description = "Ids of the documents that report the negotiation.")
        @Size(max = 1000) List<@NotNull @Pattern(regexp = Ids.PATTERN) String> documents) {

    public NegotiationInput {
        topics = topics == null ? List.of() : topics;
        documents = documents == null ? List.of() : documents;
    }

    @Schema(name = "SideInput")
    public record SideInput(
            @Schema(required = true, examples = "Russia") @NotBlank @Size(max = 200) String name,
            @Schema(required = true, examples = "[\"russia\"]")
            @NotNull @Size(min = 1, max = 200) List<@NotNull @Pattern(regexp = Ids.PATTERN) String> parties) {
    }

    static NegotiationInput of(Negotiation n) {
        Map<Integer, List<String>> parties = new LinkedHashMap<>();
        Map<Integer, String> names = new LinkedHashMap<>();
        for (NegotiationMember m : n.members) {
            parties.computeIfAbsent(m.sideOrder, k -> new ArrayList<>()).add(m.partyId);
            names.put(m.sideOrder, m.sideName);
        }
        List<SideInput> sides = parties.entrySet().stream()
                .map(e -> new SideInput(names.get(e.getKey()), e.getValue())).toList();
        return new NegotiationInput(n.id, n.name, n.description, n.startsOn, n.endsOn, sides, List.copyOf(n.topics),
                List.copyOf(n.documents));
    }
}
