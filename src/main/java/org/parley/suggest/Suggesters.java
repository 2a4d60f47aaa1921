package org.parley.suggest;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.parley.party.Party;
import org.parley.suggest.Profiles.PartyProfile;
import org.parley.suggest.Profiles.SpeakerProfile;
import org.parley.suggest.Profiles.TopicProfile;
import org.parley.topic.Topic;

/** A suggester over the parties and topics stored now (read inside the caller's transaction). */
@ApplicationScoped
public class Suggesters {

    public Suggester current() {
        List<PartyProfile> parties = Party.<Party>listAll().stream().map(p -> new PartyProfile(p.id, p.name,
                List.copyOf(p.aliases), p.representatives.stream()
                        .map(r -> new SpeakerProfile(r.id, r.name, r.role)).toList())).toList();
        List<TopicProfile> topics = Topic.<Topic>listAll().stream()
                .map(t -> new TopicProfile(t.id, t.name, List.copyOf(t.terms))).toList();
        return new Suggester(parties, topics);
    }
}
