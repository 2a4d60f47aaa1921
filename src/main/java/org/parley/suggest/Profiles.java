package org.parley.suggest;

import java.util.List;

/** What the suggester knows of the parties and topics: names only, never the positions stored. */
public final class Profiles {

    private Profiles() {
    }

    public record PartyProfile(String id, String name, List<String> aliases, List<SpeakerProfile> speakers) {
    }

    public record SpeakerProfile(String id, String name, String role) {
    }

    public record TopicProfile(String id, String name, List<String> terms) {
    }
}
