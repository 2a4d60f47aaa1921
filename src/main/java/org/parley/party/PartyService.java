package org.parley.party;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.ProblemException;
import org.parley.party.PartyViews.PartyView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PartyService {

    public Page<PartyView> list(PageRequest request) {
        var query = Party.<Party>findAll(Sort.by("id")).page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(PartyView::of).toList(), request, query.count());
    }

    public PartyView get(String id) {
        return PartyView.of(find(id).orElseThrow(() -> ProblemException.notFound("party", id)));
    }

    public Optional<Party> find(String id) {
        return Party.findByIdOptional(id);
    }

    public void requireExists(String id) {
        if (Party.count("id", id) == 0) {
            throw ProblemException.notFound("party", id);
        }
    }
}
