package org.parley.party;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.parley.api.Ids;
import org.parley.api.Inputs;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.Preconditions;
import org.parley.api.Representations;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.PartyInput.RepresentativeInput;
import org.parley.party.PartyViews.PartyView;
import org.parley.store.Flush;

@ApplicationScoped
@Transactional
public class PartyService {

    private final Representations representations;
    private final Inputs inputs;
    private final PartyReferences references;

    public PartyService(Representations representations, Inputs inputs, PartyReferences references) {
        this.representations = representations;
        this.inputs = inputs;
        this.references = references;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<PartyView> list(PageRequest request) {
        var query = Party.<Party>findAll(Sort.by("id")).page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(PartyView::of).toList(), request, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PartyView get(String id) {
        return PartyView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Party> find(String id) {
        return Party.findByIdOptional(id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(String id) {
        if (Party.count("id", id) == 0) {
            throw DomainException.notFound("party", id);
        }
    }

    public PartyView create(PartyInput input) {
        if (Party.findById(input.id()) != null) {
            throw DomainException.conflict("A party with id '" + input.id() + "' exists; PUT /api/parties/"
                    + input.id() + " replaces it.");
        }
        Party party = new Party();
        party.id = input.id();
        apply(party, input);
        party.persist();
        Flush.now("party '" + party.id + "'");
        return PartyView.of(party);
    }

    public PartyView replace(String id, PartyInput input, String ifMatch) {
        Ids.requireSame(id, input.id());
        Party party = requireCurrent(id, ifMatch);
        apply(party, input);
        party.touch();
        Flush.now("party '" + id + "'");
        return PartyView.of(party);
    }

    public PartyView patch(String id, JsonNode patch, String ifMatch) {
        return replace(id, inputs.patched(PartyInput.of(require(id)), patch, PartyInput.class), ifMatch);
    }

    /** Deletes a party. One that has positions is kept (409) unless {@code cascade}, which deletes them too. */
    public void delete(String id, String ifMatch, boolean cascade, String by) {
        Party party = requireCurrent(id, ifMatch);
        long stated = references.positionsOf(id);
        if (stated > 0 && !cascade) {
            throw DomainException.conflict("Party '" + id + "' has " + stated + " position(s); delete them"
                    + " first, or delete with ?cascade=true as an admin to delete them too.");
        }
        if (cascade) {
            // only when asked: a position stated since the count above must make the delete fail (409), not vanish
            references.deletePositionsOf(id, by);
        }
        party.delete();
        Flush.now("party '" + id + "'");
    }

    private Party requireCurrent(String id, String ifMatch) {
        Party party = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(PartyView.of(party)));
        return party;
    }

    private static Party require(String id) {
        return Party.<Party>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("party", id));
    }

    /** Sets the party's fields; representatives are matched by id, and one who still speaks cannot be removed. */
    private void apply(Party party, PartyInput input) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RepresentativeInput r : input.representatives()) {
            if (!ids.add(r.id())) {
                errors.add(new FieldError("representatives", "'" + r.id() + "' is listed twice"));
            }
            Representative elsewhere = Representative.findById(r.id());
            if (elsewhere != null && !elsewhere.party.id.equals(party.id)) {
                errors.add(new FieldError("representatives", "'" + r.id() + "' already speaks for '"
                        + elsewhere.party.id + "'"));
            }
        }
        for (Representative r : party.representatives.stream().filter(r -> !ids.contains(r.id)).toList()) {
            long speaking = references.positionsSpokenBy(r.id);
            if (speaking > 0) {
                errors.add(new FieldError("representatives", "'" + r.id + "' is the speaker of " + speaking
                        + " position(s) and cannot be removed"));
            }
        }
        if (!errors.isEmpty()) {
            throw DomainException.invalidContent("The party cannot be saved.", errors);
        }
        party.assign(input);
    }
}
