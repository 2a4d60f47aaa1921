package org.parley.topic;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.parley.api.Ids;
import org.parley.api.Inputs;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.Preconditions;
import org.parley.api.Representations;
import org.parley.error.DomainException;
import org.parley.store.Flush;
import org.parley.topic.TopicViews.TopicView;

@ApplicationScoped
@Transactional
public class TopicService {

    private final Representations representations;
    private final Inputs inputs;
    private final TopicReferences references;

    public TopicService(Representations representations, Inputs inputs, TopicReferences references) {
        this.representations = representations;
        this.inputs = inputs;
        this.references = references;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<TopicView> list(PageRequest request) {
        var query = Topic.<Topic>findAll(Sort.by("id")).page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(TopicView::of).toList(), request, query.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public TopicView get(String id) {
        return TopicView.of(require(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public void requireExists(String id) {
        if (Topic.count("id", id) == 0) {
            throw DomainException.notFound("topic", id);
        }
    }

    public TopicView create(TopicInput input) {
        if (Topic.findById(input.id()) != null) {
            throw DomainException.conflict("A topic with id '" + input.id() + "' exists; PUT /api/topics/"
                    + input.id() + " replaces it.");
        }
        Topic topic = new Topic();
        topic.id = input.id();
        topic.assign(input);
        topic.persist();
        Flush.now("topic '" + topic.id + "'");
        return TopicView.of(topic);
    }

    public TopicView replace(String id, TopicInput input, String ifMatch) {
        Ids.requireSame(id, input.id());
        Topic topic = requireCurrent(id, ifMatch);
        topic.assign(input);
        topic.touch();
        Flush.now("topic '" + id + "'");
        return TopicView.of(topic);
    }

    public TopicView patch(String id, JsonNode patch, String ifMatch) {
        return replace(id, inputs.patched(TopicInput.of(require(id)), patch, TopicInput.class), ifMatch);
    }

    /** Deletes a topic. One that has positions is kept (409) unless {@code cascade}, which deletes them too. */
    public void delete(String id, String ifMatch, boolean cascade, String by) {
        Topic topic = requireCurrent(id, ifMatch);
        long about = references.positionsOn(id);
        if (about > 0 && !cascade) {
            throw DomainException.conflict("Topic '" + id + "' has " + about + " position(s); delete them"
                    + " first, or delete with ?cascade=true as an admin to delete them too.");
        }
        if (cascade) {
            // only when asked: a position stated since the count above must make the delete fail (409), not vanish
            references.deletePositionsOn(id, by);
        }
        topic.delete();
        Flush.now("topic '" + id + "'");
    }

    private Topic requireCurrent(String id, String ifMatch) {
        Topic topic = require(id);
        Preconditions.requireCurrent(ifMatch, representations.etag(TopicView.of(topic)));
        return topic;
    }

    private static Topic require(String id) {
        return Topic.<Topic>findByIdOptional(id).orElseThrow(() -> DomainException.notFound("topic", id));
    }
}
