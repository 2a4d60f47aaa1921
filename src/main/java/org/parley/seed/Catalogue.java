package org.parley.seed;

import java.time.LocalDate;
import java.util.List;
import org.parley.document.DateBasis;
import org.parley.party.PartyKind;
import org.parley.position.PositionKind;

/**
 * The seed catalogue as written in {@code seeds/catalogue.yaml}: documents' metadata, parties, topics, positions and
 * negotiations.
 */
public record Catalogue(
        List<DocumentEntry> documents,
        List<PartyEntry> parties,
        List<TopicEntry> topics,
        List<PositionEntry> positions,
        List<NegotiationEntry> negotiations) {

    public Catalogue {
        documents = documents == null ? List.of() : documents;
        parties = parties == null ? List.of() : parties;
        topics = topics == null ? List.of() : topics;
        positions = positions == null ? List.of() : positions;
        negotiations = negotiations == null ? List.of() : negotiations;
    }

    public Catalogue(List<DocumentEntry> documents, List<PartyEntry> parties, List<TopicEntry> topics,
            List<PositionEntry> positions) {
        this(documents, parties, topics, positions, List.of());
    }

    /** A document whose text is the file {@code <id>.txt} beside the catalogue. */
    public record DocumentEntry(String id, String title, String outlet, String url, LocalDate published,
            DateBasis publishedBasis, String publishedNote, String language, String note) {
    }

    public record PartyEntry(String id, String name, PartyKind kind, List<String> aliases,
            List<RepresentativeEntry> representatives) {

        public PartyEntry {
            aliases = aliases == null ? List.of() : aliases;
            representatives = representatives == null ? List.of() : representatives;
        }
    }

    public record RepresentativeEntry(String id, String name, String role) {
    }

    public record TopicEntry(String id, String name, String description, List<String> terms) {

        public TopicEntry {
            terms = terms == null ? List.of() : terms;
        }

        public TopicEntry(String id, String name, String description) {
            this(id, name, description, List.of());
        }
    }

    public record PositionEntry(String id, String party, String topic, PositionKind kind, String summary,
            LocalDate statedOn, String speaker, String respondsTo, List<CitationEntry> citations) {

        public PositionEntry {
            citations = citations == null ? List.of() : citations;
        }
    }

    /** Start and end are code point offsets; given only a quote, the loader anchors it. */
    public record CitationEntry(String document, String quote, Integer start, Integer end, String prefix,
            String suffix) {
    }

    /** Talks between sides of parties over topics; every id must name an entry of the catalogue. */
    public record NegotiationEntry(String id, String name, String description, LocalDate startsOn, LocalDate endsOn,
            List<SideEntry> sides, List<String> topics, List<String> documents) {

        public NegotiationEntry {
            sides = sides == null ? List.of() : sides;
            topics = topics == null ? List.of() : topics;
            documents = documents == null ? List.of() : documents;
        }
    }

    public record SideEntry(String name, List<String> parties) {

        public SideEntry {
            parties = parties == null ? List.of() : parties;
        }
    }
}
