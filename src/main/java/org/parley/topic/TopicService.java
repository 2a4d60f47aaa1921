package org.parley.topic;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.parley.api.Catalogue;
import org.parley.api.CatalogueService;
import org.parley.api.Dependents;
import org.parley.api.Inputs;
import org.parley.api.Representations;
import org.parley.topic.TopicViews.TopicView;

@ApplicationScoped
@Transactional
public class TopicService extends CatalogueService<Topic, TopicInput, TopicView> {

    public TopicService(Representations representations, Inputs inputs, TopicReferences references) {
        super(new Catalogue<>("topic", "/api/topics", Topic.class, Topic::new, TopicView::of, TopicInput.class,
                TopicInput::of, TopicInput::id,
                new Dependents("position(s)", references::positionsOn, references::deletePositionsOn)),
                representations, inputs);
    }

    @Override
    protected void assign(Topic topic, TopicInput input) {
        topic.assign(input);
    }
}
