package org.parley.suggest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Many whole-word patterns matched over a text in one pass. Trying hundreds of patterns at every character of a long
 * article is what made suggestions slow; here each pattern is tried only where a word begins with the first three
 * letters (or the whole first word, if shorter) its own first word begins with. The patterns stay the definition
 * of a match: the index only skips places where they cannot match.
 */
final class WordIndex<T> {

    /** What a pattern found: the value it was added with, and where (UTF-16 offsets). */
    record Found<T>(T value, int start, int end) {
    }

    private record Entry<T>(int id, Pattern pattern, T value) {
    }

    private static final int KEY = 3;

    private final Map<String, List<Entry<T>>> byKey = new HashMap<>();
    private final List<Entry<T>> anywhere = new ArrayList<>();
    private int size;

    /**
     * Adds a pattern that matches only where a word begins with {@code firstWord}'s leading letters and digits
     * ({@code open}: the word may go on, as "reject*" does).
     */
    void add(String firstWord, boolean open, Pattern pattern, T value) {
        Entry<T> entry = new Entry<>(size++, pattern, value);
        String run = leadingRun(firstWord, 0);
        if (run.isEmpty() || (open && run.length() < KEY && run.length() == firstWord.length())) {
            anywhere.add(entry);
        } else {
            byKey.computeIfAbsent(key(run, 0, run.length()), k -> new ArrayList<>()).add(entry);
        }
    }

    List<Found<T>> find(CharSequence text) {
        List<Found<T>> found = new ArrayList<>();
        Matcher[] matchers = new Matcher[size];
        int[] reach = new int[size];
        for (Entry<T> e : anywhere) {
            Matcher m = e.pattern().matcher(text);
            while (m.find()) {
                found.add(new Found<>(e.value(), m.start(), m.end()));
            }
        }
        int n = text.length();
        int i = 0;
        while (i < n) {
            int c = Character.codePointAt(text, i);
            if (!Character.isLetterOrDigit(c)) {
                i += Character.charCount(c);
                continue;
            }
            int end = i;
            while (end < n && Character.isLetterOrDigit(Character.codePointAt(text, end))) {
                end += Character.charCount(Character.codePointAt(text, end));
            }
            List<Entry<T>> candidates = byKey.get(key(text, i, end));
            if (candidates != null) {
                for (Entry<T> e : candidates) {
                    if (i < reach[e.id()]) {
                        continue;
                    }
                    Matcher m = matchers[e.id()];
                    if (m == null) {
                        m = e.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
                        matchers[e.id()] = m;
                    }
                    m.region(i, n);
                    if (m.lookingAt()) {
                        found.add(new Found<>(e.value(), m.start(), m.end()));
                        reach[e.id()] = m.end();
                    }
                }
            }
            i = end;
        }
        return found;
    }

    /** The letters and digits a word begins with. */
    private static String leadingRun(String word, int from) {
        int end = from;
        while (end < word.length() && Character.isLetterOrDigit(word.codePointAt(end))) {
            end += Character.charCount(word.codePointAt(end));
        }
        return word.substring(from, end);
    }

    /** A word's first three letters in lower case, or the whole word and "|" if it is shorter. */
    private static String key(CharSequence text, int start, int end) {
        StringBuilder key = new StringBuilder(KEY + 1);
        int at = start;
        for (int n = 0; n < KEY && at < end; n++) {
            int c = Character.codePointAt(text, at);
            key.appendCodePoint(Character.toLowerCase(c));
            at += Character.charCount(c);
        }
        if (at >= end && key.codePointCount(0, key.length()) < KEY) {
            key.append('|');
        }
        return key.toString();
    }
}
