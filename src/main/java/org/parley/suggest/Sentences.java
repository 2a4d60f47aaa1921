package org.parley.suggest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Sentences and tokens of English text, by Apache OpenNLP's models (loaded once; the models are thread-safe, the
 * ME detectors are not, so each thread gets its own).
 */
final class Sentences {

    private static final SentenceModel SENTENCE_MODEL = load("/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin",
            SentenceModel.class);
    private static final TokenizerModel TOKEN_MODEL = load("/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin",
            TokenizerModel.class);
    private static final ThreadLocal<SentenceDetectorME> DETECTOR =
            ThreadLocal.withInitial(() -> new SentenceDetectorME(SENTENCE_MODEL));
    private static final ThreadLocal<TokenizerME> TOKENIZER =
            ThreadLocal.withInitial(() -> new TokenizerME(TOKEN_MODEL));

    private Sentences() {
    }

    /** A sentence's span in the text (UTF-16 offsets, end exclusive) and its paragraph's number. */
    record Sentence(int start, int end, int paragraph) {
    }

    /** The text's sentences: each line is a paragraph, split into sentences; blank lines are skipped. */
    static List<Sentence> of(String text) {
        List<Sentence> sentences = new ArrayList<>();
        SentenceDetectorME detector = DETECTOR.get();
        int paragraph = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            String line = text.substring(lineStart, lineEnd);
            if (!line.isBlank()) {
                for (Span span : detector.sentPosDetect(line)) {
                    Span trimmed = span.trim(line);
                    if (trimmed.length() > 0) {
                        sentences.add(new Sentence(lineStart + trimmed.getStart(), lineStart + trimmed.getEnd(),
                                paragraph));
                    }
                }
                paragraph++;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /** The tokens' spans within the sentence (UTF-16 offsets into it). */
    static Span[] tokens(String sentence) {
        return TOKENIZER.get().tokenizePos(sentence);
    }

    private static <T> T load(String resource, Class<T> type) {
        try (InputStream in = Sentences.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing OpenNLP model " + resource);
            }
            return type == SentenceModel.class ? type.cast(new SentenceModel(in)) : type.cast(new TokenizerModel(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
