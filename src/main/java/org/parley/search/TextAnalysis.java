package org.parley.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.parley.error.DomainException;

/**
 * How text is indexed and queries are read: English words (standard tokenizer, possessives dropped, lower case,
 * stop words dropped, Porter stems), so {@code sanction} finds "sanctions"; the classic query syntax for phrases,
 * AND/OR/NOT, prefixes and grouping. Prefixes, wildcards, fuzzy words and regular expressions match the words as
 * written (lower case, not stemmed): a stem is no prefix of its word ("missiles" is indexed as "missil"), so
 * {@code missile*} would find nothing in stems.
 */
public final class TextAnalysis {

    public static final Analyzer ENGLISH = new EnglishAnalyzer();
    public static final int MAX_QUERY_LENGTH = 1000;
    /**
     * The most {@code *} and {@code ?} a query may hold inside its words (a trailing {@code *}, a prefix, does not
     * count): each one costs the parser milliseconds to compile, before any time limit applies.
     */
    public static final int MAX_WILDCARDS = 20;
    /** The field that holds the searchable words, in position and document entries alike. */
    public static final String TEXT = "text";
    /** The same text as {@link #TEXT}, its words only lower-cased: what prefixes and wildcards are matched on. */
    public static final String WORDS = "words";
    /** How each field is analysed, when indexed and when queried. */
    public static final Analyzer ANALYZER = new PerFieldAnalyzerWrapper(ENGLISH,
            Map.of(WORDS, new StandardAnalyzer(CharArraySet.EMPTY_SET)));

    private TextAnalysis() {
    }

    /** The query {@code q} asks for; 400 when it is empty, too long, or does not parse (naming where). */
    public static Query parse(String parameter, String q) {
        if (q == null || q.isBlank()) {
            throw DomainException.invalidParameter(parameter, "must not be empty");
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            throw DomainException.invalidParameter(parameter, "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        QueryParser parser = new WordsAsWritten();
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            Query query = parser.parse(q);
            return query == null ? new MatchNoDocsQuery("only stop words") : query;
        } catch (ParseException e) {
            if (e.getCause() instanceof IndexSearcher.TooManyClauses) {
                throw tooManyClauses(parameter);
            }
            throw DomainException.invalidParameter(parameter, "does not parse: " + where(e, q));
        } catch (TokenMgrError e) {
            throw DomainException.invalidParameter(parameter, "does not parse: " + e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            throw tooManyClauses(parameter);
        } catch (TooComplexToDeterminizeException e) {
            throw DomainException.invalidParameter(parameter, "has a wildcard or regular expression too complex to run");
        } catch (IllegalArgumentException e) {
            // a regular expression that does not parse (/[/) or a fuzzy distance out of range (word~3)
            throw DomainException.invalidParameter(parameter, "does not parse: " + e.getMessage());
        }
    }

    static DomainException tooManyClauses(String parameter) {
        return DomainException.invalidParameter(parameter, "has too many clauses (at most "
                + IndexSearcher.getMaxClauseCount() + "); use fewer words or longer prefixes");
    }

    /** The classic parser, but prefixes, wildcards, fuzzy words and regular expressions go to {@link #WORDS}. */
    private static final class WordsAsWritten extends QueryParser {

        WordsAsWritten() {
            super(TEXT, ANALYZER);
        }

        private static String asWritten(String field) {
            return TEXT.equals(field) ? WORDS : field;
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            return super.getPrefixQuery(asWritten(field), termStr);
        }

        private int wildcards;

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            wildcards += (int) termStr.chars().filter(c -> c == '*' || c == '?').count();
            if (wildcards > MAX_WILDCARDS) {
                throw DomainException.invalidParameter("q", "has more than " + MAX_WILDCARDS + " wildcards (* or ?)"
                        + " inside its words");
            }
            return super.getWildcardQuery(asWritten(field), termStr);
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            return super.getFuzzyQuery(asWritten(field), termStr, minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            return super.getRegexpQuery(asWritten(field), termStr);
        }
    }

    /** "unexpected 'x' at character N of M" from the parser's innermost error, without its list of expectations. */
    private static String where(ParseException e, String q) {
        ParseException inner = e.getCause() instanceof ParseException cause ? cause : e;
        if (inner.currentToken != null && inner.currentToken.next != null) {
            String near = inner.currentToken.next.image;
            return "unexpected " + (near == null || near.isEmpty() ? "end of query" : "'" + near + "'")
                    + " at character " + (inner.currentToken.next.beginColumn + 1) + " of " + q.length();
        }
        Throwable detail = e.getCause() != null ? e.getCause() : e;
        String message = detail.getMessage() == null ? "" : detail.getMessage();
        int cut = message.indexOf('\n');
        return cut < 0 ? message : message.substring(0, cut);
    }
}
