package org.parley.topic;

/**
 * What refers to a topic: positions, from the feature above this one. Topics ask through this interface, which
 * the position feature implements, so this package does not import that one.
 */
public interface TopicReferences {

    /** The number of positions on the topic. */
    long positionsOn(String topicId);

    /** Deletes every position on the topic, each into its history. */
    void deletePositionsOn(String topicId, String by);
}
