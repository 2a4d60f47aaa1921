package org.parley.party;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parley.api.Catalogue;
import org.parley.api.CatalogueService;
import org.parley.api.Dependents;
import org.parley.api.Inputs;
import org.parley.api.Representations;
import org.parley.error.DomainException;
import org.parley.error.FieldError;
import org.parley.party.PartyInput.RepresentativeInput;
import org.parley.party.PartyViews.PartyView;

@ApplicationScoped
@Transactional
public class PartyService extends CatalogueService<Party, PartyInput, PartyView> {

    private final PartyReferences references;

    public PartyService(Representations representations, Inputs inputs, PartyReferences references) {
        super(new Catalogue<>("party", "/api/parties", Party.class, Party::new, PartyView::of, PartyInput.class,
                PartyInput::of, PartyInput::id,
                new Dependents("position(s)", references::positionsOf, references::deletePositionsOf)),
                representations, inputs);
        this.references = references;
    }

    /** Sets the party's fields; representatives are matched by id, and one who still speaks cannot be removed. */
    @Override
    protected void assign(Party party, PartyInput input) {
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
