package org.parley.topic;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.parley.api.Page;
import org.parley.api.PageRequest;
import org.parley.api.ProblemException;
import org.parley.topic.TopicViews.TopicView;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class TopicService {

    public Page<TopicView> list(PageRequest request) {
        var query = Topic.<Topic>findAll(Sort.by("id")).page(request.page() - 1, request.size());
        return Page.of(query.list().stream().map(TopicView::of).toList(), request, query.count());
    }

    public TopicView get(String id) {
        return TopicView.of(Topic.<Topic>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("topic", id)));
    }

    public void requireExists(String id) {
        if (Topic.count("id", id) == 0) {
            throw ProblemException.notFound("topic", id);
        }
    }
}
