package org.parley.party;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Ids;

/** A party as a client writes it. */
@Schema(name = "PartyInput")
public record PartyInput(
        @Schema(required = true, examples = "european-union") @NotNull @Pattern(regexp = Ids.PATTERN) String id,
        @Schema(required = true, examples = "European Union") @NotBlank @Size(max = 200) String name,
        @Schema(required = true) @NotNull PartyKind kind,
        @Schema(examples = "[\"Brussels\", \"the EU\"]") @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Size(max = 200) List<@Valid @NotNull RepresentativeInput> representatives) {

    public PartyInput {
        aliases = aliases == null ? List.of() : aliases;
        representatives = representatives == null ? List.of() : representatives;
    }

    @Schema(name = "RepresentativeInput")
    public record RepresentativeInput(
            @Schema(required = true, examples = "josep-borrell") @NotNull @Pattern(regexp = Ids.PATTERN) String id,
            @Schema(required = true, examples = "Josep Borrell") @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true, examples = "EU foreign policy chief") @Size(max = 300) String role) {
    }

    static PartyInput of(Party p) {
        return new PartyInput(p.id, p.name, p.kind, List.copyOf(p.aliases), p.representatives.stream()
                .map(r -> new RepresentativeInput(r.id, r.name, r.role)).toList());
    }
}
