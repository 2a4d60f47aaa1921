package org.parley.negotiation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parley.api.Catalogue;
import org.parley.api.CatalogueService;
import org.parley.api.Dependents;
import org.parley.api.Inputs;
import org.parley.api.Representations;
import org.parley.document.DocumentViews.DocumentRef;
import org.parley.document.SourceDocument;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.negotiation.NegotiationInput.SideInput;
import org.parley.negotiation.NegotiationViews.NegotiationView;
import org.parley.negotiation.NegotiationViews.SideView;
import org.parley.party.Party;
import org.parley.party.PartyViews.PartyRef;
import org.parley.topic.Topic;
import org.parley.topic.TopicViews.TopicRef;

@ApplicationScoped
@Transactional
public class NegotiationService extends CatalogueService<Negotiation, NegotiationInput, NegotiationView> {

    private final NegotiationStates states;

    public NegotiationService(Representations representations, Inputs inputs, NegotiationStates states) {
        super(new Catalogue<>("negotiation", "/api/negotiations", Negotiation.class, Negotiation::new,
                NegotiationService::view, NegotiationInput.class, NegotiationInput::of, NegotiationInput::id,
                Dependents.NONE), representations, inputs);
        this.states = states;
    }

    /** Its sides or topics may have changed: where it stands on each topic is recomputed in the same write. */
    @Override
    protected void written(Negotiation negotiation) {
        states.refresh(List.of(negotiation.id));
    }

    static Negotiation require(String id) {
        return Negotiation.<Negotiation>findByIdOptional(id)
                .orElseThrow(() -> DomainException.notFound("negotiation", id));
    }

    /** Every reference must resolve, a party sits on one side only, and the period must not end before it starts. */
    @Override
    protected void assign(Negotiation negotiation, NegotiationInput input) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seated = new HashSet<>();
        for (SideInput side : input.sides()) {
            for (String party : side.parties()) {
                if (!seated.add(party)) {
                    errors.add(new FieldError("sides", "party '" + party + "' is listed more than once"));
                } else if (Party.count("id", party) == 0) {
                    errors.add(new FieldError("sides", "unknown party '" + party + "'"));
                }
            }
        }
        for (String topic : input.topics()) {
            if (Topic.count("id", topic) == 0) {
                errors.add(new FieldError("topics", "unknown topic '" + topic + "'"));
            }
        }
        for (String document : input.documents()) {
            if (SourceDocument.count("id", document) == 0) {
                errors.add(new FieldError("documents", "unknown document '" + document + "'"));
            }
        }
        if (input.startsOn() != null && input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "must not be before startsOn"));
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidContent("The negotiation cannot be saved.", errors);
        }
        negotiation.assign(input);
    }

    static NegotiationView view(Negotiation n) {
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, List<PartyRef>> parties = new LinkedHashMap<>();
        for (NegotiationMember m : n.members) {
            names.put(m.sideOrder, m.sideName);
            parties.computeIfAbsent(m.sideOrder, k -> new ArrayList<>())
                    .add(PartyRef.of(Party.findById(m.partyId)));
        }
        List<SideView> sides = names.entrySet().stream()
                .map(e -> new SideView(e.getValue(), parties.get(e.getKey()))).toList();
        List<TopicRef> topics = n.topics.stream().map(t -> TopicRef.of(Topic.<Topic>findById(t))).toList();
        List<DocumentRef> documents = n.documents.stream()
                .map(d -> DocumentRef.of(SourceDocument.<SourceDocument>findById(d))).toList();
        return new NegotiationView(n.id, n.name, n.description, n.startsOn, n.endsOn, sides, topics, documents,
                n.version, n.createdAt, n.updatedAt);
    }
}
