package org.parley.api;

import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * The positions (or other records) that refer to a catalogue record: a delete is refused while there are any,
 * unless it cascades, which deletes them too.
 *
 * @param noun what they are, for the conflict message: "position(s)"
 * @param count how many refer to the record with this id
 * @param deleteAll deletes those that refer to the record with this id, on behalf of the given actor
 */
public record Dependents(String noun, ToLongFunction<String> count, BiConsumer<String, String> deleteAll) {

    public static final Dependents NONE = new Dependents("record(s)", id -> 0, (id, by) -> { });
}
