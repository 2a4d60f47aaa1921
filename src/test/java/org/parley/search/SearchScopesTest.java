package org.parley.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.parley.Fixtures;
import org.parley.Tokens;

/**
 * A kept search of positions is served from memory across writes to positions that hold none of its words, before or
 * after, and is rendered again after a write to one that does: it gains the word, loses it, or holds it and changes
 * in another way; a search by prefix likewise, for the words that start with it. Searches by wildcards or fuzzy words,
 * or by other fields than the text, are rendered again after any write.
 */
@QuarkusTest
class SearchScopesTest {

    @Inject
    EntityManagerFactory entityManagerFactory;

    @Test
    void aSearchOutlivesAWriteToAPositionWithoutItsWords() {
        assertEquals(0, statementsAfterAnUnrelatedWrite(word -> word), "served from memory, not rendered again");
    }

    @Test
    void aSearchShowsAPositionThatGainsItsWordLosesItOrChangesOtherwise() {
        String word = word();
        String found = Fixtures.position("The envoy spoke of " + word + ".");
        String other = Fixtures.position();
        String phrase = "\"spoke of " + word + "\"";
        search(word).body("totalItems", equalTo(1));
        search(phrase).body("totalItems", equalTo(1));

        patchSummary(other, "The minister spoke of " + word + " too.");
        search(word).body("totalItems", equalTo(2));
        search(phrase).body("totalItems", equalTo(2));

        patchSummary(other, "The minister said nothing of it.");
        search(word).body("totalItems", equalTo(1));
        search(phrase).body("totalItems", equalTo(1));

        Fixtures.patch("/api/positions/" + found, "{\"kind\": \"DEMAND\"}");
        search(word).body("items[0].kind", equalTo("DEMAND"));
    }

    @Test
    void aSearchDropsADeletedPosition() {
        String word = word();
        Fixtures.position("The envoy spoke of " + word + ".");
        String deleted = Fixtures.position("The minister spoke of " + word + " too.");
        search(word).body("totalItems", equalTo(2));
        Tokens.editor().header("If-Match", Fixtures.etag("/api/positions/" + deleted))
                .delete("/api/positions/" + deleted).then().statusCode(204);
        search(word).body("totalItems", equalTo(1));
    }

    @Test
    void aSearchExcludingAWordShowsAPositionThatGainsIt() {
        String word = word();
        String excluded = word();
        String position = Fixtures.position("The envoy spoke of " + word + ".");
        String query = word + " -" + excluded;
        search(query).body("totalItems", equalTo(1));
        patchSummary(position, "The envoy spoke of " + word + " and " + excluded + ".");
        search(query).body("totalItems", equalTo(0));
    }

    @Test
    void aSearchByPrefixOutlivesAWriteWithoutAWordThatStartsWithIt() {
        assertEquals(0, statementsAfterAnUnrelatedWrite(word -> word.substring(0, 8) + "*"),
                "served from memory, not rendered again");
    }

    @Test
    void aSearchByPrefixShowsAPositionThatGainsOrLosesAWordThatStartsWithIt() {
        String word = word();
        Fixtures.position("The envoy spoke of " + word + ".");
        String other = Fixtures.position();
        String prefix = word.substring(0, 8) + "*";
        search(prefix).body("totalItems", equalTo(1));
        patchSummary(other, "The minister spoke of " + word + "s and more.");
        search(prefix).body("totalItems", equalTo(2));
        patchSummary(other, "The minister said nothing of it.");
        search(prefix).body("totalItems", equalTo(1));
    }

    @Test
    void aSearchByWildcardIsRenderedAgainAfterAnyWrite() {
        assertTrue(statementsAfterAnUnrelatedWrite(word -> word.substring(0, 8) + "?" + word.substring(9)) > 0,
                "rendered again");
    }

    @Test
    void aQueryDependsOnItsWordsOnlyWhenNothingElseDecidesWhatItMatches() {
        assertEquals(Set.of("word text:sanction"), scopes("sanctions"));
        assertEquals(Set.of("word text:hard", "word text:sanction", "word text:missil"),
                scopes("\"hard sanctions\" -missiles"));
        assertEquals(Set.of("starting with word words:sanc"), scopes("sanc*"));
        assertNull(scopes("sanc?ions"), "a wildcard matches words no write names");
        assertNull(scopes("sanctoins~1"));
        assertNull(scopes("kind:DEMAND"), "another field than the text");
        assertNull(scopes("the"), "no words at all");
    }

    /**
     * Searches by {@code query} (of a word only a new position holds), writes another position without that word, and
     * searches again: the same body must come back. Returns how many statements the second search prepared.
     */
    private long statementsAfterAnUnrelatedWrite(UnaryOperator<String> query) {
        String word = word();
        String other = Fixtures.position();
        Fixtures.position("The envoy spoke of " + word + ".");
        String search = "/api/positions?q=" + query.apply(word);
        String body = given().get(search).then().statusCode(200).body("totalItems", equalTo(1)).extract().asString();
        patchSummary(other, "Changed elsewhere, with no word of the search.");
        Statistics statistics = statistics();
        assertEquals(body, given().get(search).then().statusCode(200).extract().asString());
        return statistics.getPrepareStatementCount();
    }

    private static ValidatableResponse search(String q) {
        return given().queryParam("q", q).get("/api/positions").then().statusCode(200);
    }

    private static Set<String> scopes(String q) {
        return SearchScopes.of(TextAnalysis.parse("q", q));
    }

    private static String word() {
        return Fixtures.unique("w").replace("-", "");
    }

    private Statistics statistics() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        return statistics;
    }

    private static void patchSummary(String id, String summary) {
        Fixtures.patch("/api/positions/" + id, "{\"summary\": \"" + summary + "\"}");
    }
}
