package org.parley.change;

/** What a listener hears: a change, or a heartbeat when it heard nothing for a while. */
public record FeedItem(ChangeEvent change) {

    static final FeedItem HEARTBEAT = new FeedItem(null);

    public boolean heartbeat() {
        return change == null;
    }
}
