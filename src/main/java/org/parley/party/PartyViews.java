package org.parley.party;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.parley.api.Versioned;

/** The published shapes of parties; entities never leave the service. */
public final class PartyViews {

    private PartyViews() {
    }

    @Schema(name = "Party", description = "A state, alliance or organisation that takes positions.")
    public record PartyView(
            @Schema(required = true, examples = "russia") String id,
            @Schema(required = true, examples = "Russia") String name,
            @Schema(required = true) PartyKind kind,
            @Schema(required = true, description = "Other names the texts use for this party.",
                    examples = "[\"Moscow\", \"the Kremlin\", \"the Russians\", \"the Russian side\"]")
            List<String> aliases,
            @Schema(required = true) List<RepresentativeView> representatives,
            @Schema(required = true, description = "Changes on every update; the ETag.", examples = "0") long version,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant updatedAt) implements Versioned {

        public static PartyView of(Party p) {
            return new PartyView(p.id, p.name, p.kind, List.copyOf(p.aliases),
                    p.representatives.stream().map(RepresentativeView::of).toList(), p.version, p.createdAt,
                    p.updatedAt);
        }
    }

    @Schema(name = "Representative", description = "A person who speaks for a party, or an unnamed official.")
    public record RepresentativeView(
            @Schema(required = true, examples = "sergei-ryabkov") String id,
            @Schema(required = true, examples = "Sergei Ryabkov") String name,
            @Schema(nullable = true,
                    examples = "Russian Deputy Foreign Minister, head of the Russian delegation in Geneva")
            String role) {

        public static RepresentativeView of(Representative r) {
            return new RepresentativeView(r.id, r.name, r.role);
        }
    }

    @Schema(name = "PartyRef", description = "A party named inside another resource.")
    public record PartyRef(
            @Schema(required = true, examples = "russia") String id,
            @Schema(required = true, examples = "Russia") String name) {

        public static PartyRef of(Party p) {
            return new PartyRef(p.id, p.name);
        }
    }
}
