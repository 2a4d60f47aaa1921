package org.parley.change;

import java.util.ArrayList;
import java.util.List;

/** The latest changes, kept in memory for listeners that keep up: every change with a cursor in (from, to]. */
record Recent(long from, long to, List<ChangeEvent> changes) {

    static Recent at(long head) {
        return new Recent(head, head, List.of());
    }

    /** With the changes that followed, keeping the newest capacity of them. */
    Recent then(List<ChangeEvent> following, int capacity) {
        if (following.isEmpty()) {
            return this;
        }
        List<ChangeEvent> all = new ArrayList<>(changes);
        all.addAll(following);
        int drop = Math.max(0, all.size() - capacity);
        long newFrom = drop == 0 ? from : all.get(drop - 1).cursor();
        return new Recent(newFrom, following.get(following.size() - 1).cursor(), List.copyOf(all.subList(drop,
                all.size())));
    }

    boolean holdsAfter(long cursor) {
        return cursor >= from;
    }

    /** The changes after the cursor, at most limit; the cursor lies in [from, to]. */
    List<ChangeEvent> after(long cursor, int limit) {
        int low = 0;
        int high = changes.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (changes.get(mid).cursor() <= cursor) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return changes.subList(low, Math.min(changes.size(), low + limit));
    }
}
