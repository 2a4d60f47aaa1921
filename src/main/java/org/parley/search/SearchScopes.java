package org.parley.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.parley.cache.ReadScope;
import org.parley.position.StoredPosition;

/**
 * The words of positions as cache scopes ({@code org.parley.cache}), so that a kept search outlives writes to
 * positions that contain none of its words. A position's write touches every word its index entry had and has
 * (summary and quotes, stemmed and as written); a search whose query consists of words, phrases and prefixes in those
 * two fields depends on its words, and on every word that starts with one of its prefixes: a position that contains
 * none of them before or after a write matched neither time.
 *
 * <p>The order of equally matching hits may still move with such a write: BM25 weighs a word by how many entries hold
 * it and by the average entry's length, which every write nudges. A kept search shows the order of its render.
 */
public final class SearchScopes {

    /** A write of more positions than this touches everything: naming their words costs more than it saves. */
    static final int MOST_POSITIONS = 64;
    /** Nor does a write name more words than this. */
    static final int MOST_WORDS = 4096;

    private SearchScopes() {
    }

    static String word(String field, String term) {
        return "word " + field + ":" + term;
    }

    /**
     * The scopes a search by {@code query} depends on: its words and prefixes, in both text fields; null when it
     * matches by anything else (wildcards, fuzzy words, other fields, no words at all), which any write may change.
     */
    static Set<String> of(Query query) {
        Set<String> words = new HashSet<>();
        boolean[] other = new boolean[1];
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                if (!TextAnalysis.TEXT.equals(field) && !TextAnalysis.WORDS.equals(field)) {
                    other[0] = true;
                }
                return true;
            }

            @Override
            public void consumeTerms(Query leaf, Term... terms) {
                for (Term term : terms) {
                    if (acceptField(term.field())) {
                        words.add(word(term.field(), term.text()));
                    }
                }
            }

            @Override
            public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
                if (leaf instanceof PrefixQuery prefix && acceptField(field)) {
                    words.add(ReadScope.startingWith(word(field, prefix.getPrefix().text())));
                } else {
                    other[0] = true;
                }
            }

            @Override
            public void visitLeaf(Query leaf) {
                other[0] = true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                // A word a position must not hold decides whether it matches as much as one it must.
                return this;
            }
        });
        return other[0] || words.isEmpty() ? null : words;
    }

    /** Adds the words a position's entry is indexed under. */
    static void addWords(StoredPosition position, Set<String> into) {
        addWords(position.summary(), into);
        position.quotes().forEach(quote -> addWords(quote, into));
    }

    private static void addWords(String text, Set<String> into) {
        for (String field : new String[] {TextAnalysis.TEXT, TextAnalysis.WORDS}) {
            try (TokenStream tokens = TextAnalysis.ANALYZER.tokenStream(field, text)) {
                CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
                tokens.reset();
                while (tokens.incrementToken()) {
                    into.add(word(field, term.toString()));
                }
                tokens.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
