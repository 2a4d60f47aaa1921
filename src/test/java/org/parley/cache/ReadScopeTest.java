package org.parley.cache;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadScopeTest {

    @Test
    void aReadByPrefixIsTouchedByAWriteOfAnyScopeThatStartsWithIt() {
        Set<String> read = Set.of(ReadScope.startingWith("word words:nort"), "position p-1");
        assertTrue(ReadScope.anyTouched(Set.of("word words:northford"), read));
        assertTrue(ReadScope.anyTouched(Set.of("word words:nort"), read));
        assertTrue(ReadScope.anyTouched(Set.of("position p-1"), read));
        assertFalse(ReadScope.anyTouched(Set.of("word words:southford", "word text:northford", "word words:nor"),
                read));
        assertFalse(ReadScope.anyTouched(Set.of(), read));
    }

    @Test
    void aReadWithoutPrefixesIsTouchedOnlyByItsOwnScopes() {
        Set<String> read = Set.of("party p", "topic t");
        assertTrue(ReadScope.anyTouched(Set.of("topic t", "party q"), read));
        assertFalse(ReadScope.anyTouched(Set.of("party pq", "topic"), read));
    }
}
