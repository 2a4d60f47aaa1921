package org.parley.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.parley.error.DomainException;

/**
 * How text is indexed and queries are read: English words (standard tokenizer, possessives dropped, lower case,
 * stop words dropped, Porter stems), so {@code sanction} finds "sanctions"; the classic query syntax for phrases,
 * AND/OR/NOT, prefixes and grouping.
 */
public final class TextAnalysis {

    public static final Analyzer ENGLISH = new EnglishAnalyzer();
    public static final int MAX_QUERY_LENGTH = 1000;
    /** The field that holds the searchable words, in position and document entries alike. */
    public static final String TEXT = "text";

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
        QueryParser parser = new QueryParser(TEXT, ENGLISH);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        parser.setSplitOnWhitespace(true);
        try {
            Query query = parser.parse(q);
            return query == null ? new MatchNoDocsQuery("only stop words") : query;
        } catch (ParseException e) {
            throw DomainException.invalidParameter(parameter, "does not parse: " + where(e, q));
        } catch (TokenMgrError e) {
            throw DomainException.invalidParameter(parameter, "does not parse: " + e.getMessage());
        } catch (IndexSearcher.TooManyClauses e) {
            throw DomainException.invalidParameter(parameter, "has too many clauses (at most "
                    + IndexSearcher.getMaxClauseCount() + ")");
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
