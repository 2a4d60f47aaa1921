package org.parley.suggest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.parley.seed.Catalogue;
import org.parley.seed.Catalogue.CitationEntry;
import org.parley.seed.Catalogue.PositionEntry;
import org.parley.suggest.Profiles.PartyProfile;
import org.parley.suggest.Profiles.SpeakerProfile;
import org.parley.suggest.Profiles.TopicProfile;

/**
 * Runs the suggester over a catalogue's documents as if their positions were unknown, and compares: a catalogue
 * position is found when a suggestion of the same party overlaps at least half of one of its citations.
 */
final class QualityCheck {

    record Score(String corpus, int documents, int expected, int foundParty, int foundAll, int suggestions,
            int correct) {

        double recallParty() {
            return ratio(foundParty, expected);
        }

        double recallAll() {
            return ratio(foundAll, expected);
        }

        double precision() {
            return ratio(correct, suggestions);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }

        String line() {
            return String.format("%-28s docs %d, expected %3d, suggested %3d | recall (party) %5.1f%% | "
                    + "recall (party, topic, kind) %5.1f%% | precision %5.1f%%", corpus, documents, expected,
                    suggestions, 100 * recallParty(), 100 * recallAll(), 100 * precision());
        }
    }

    static Catalogue read(Path catalogue) throws IOException {
        return new ObjectMapper(new YAMLFactory()).findAndRegisterModules()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .readValue(catalogue.toFile(), Catalogue.class);
    }

    static Suggester suggester(Catalogue catalogue) {
        return new Suggester(catalogue.parties().stream().map(p -> new PartyProfile(p.id(), p.name(), p.aliases(),
                p.representatives().stream().map(r -> new SpeakerProfile(r.id(), r.name(), r.role())).toList()))
                .toList(), catalogue.topics().stream().map(t -> new TopicProfile(t.id(), t.name(), t.terms()))
                .toList());
    }

    static Score score(String corpus, Path dir, Catalogue catalogue, boolean verbose) throws IOException {
        Suggester suggester = suggester(catalogue);
        int expected = 0;
        int foundParty = 0;
        int foundAll = 0;
        int suggestions = 0;
        int correct = 0;
        for (Catalogue.DocumentEntry document : catalogue.documents()) {
            String text = Files.readString(dir.resolve(document.id() + ".txt"), StandardCharsets.UTF_8);
            List<Draft> drafts = suggester.suggest(text);
            suggestions += drafts.size();
            List<PositionEntry> here = new ArrayList<>();
            for (PositionEntry p : catalogue.positions()) {
                if (p.citations().stream().anyMatch(c -> c.document().equals(document.id()))) {
                    here.add(p);
                }
            }
            expected += here.size();
            for (PositionEntry p : here) {
                boolean party = false;
                boolean all = false;
                for (CitationEntry c : p.citations()) {
                    if (!c.document().equals(document.id())) {
                        continue;
                    }
                    int[] span = span(text, c);
                    for (Draft d : drafts) {
                        if (d.party().equals(p.party()) && covers(d, span)) {
                            party = true;
                            all |= p.topic().equals(d.topic()) && p.kind() == d.kind();
                        }
                    }
                }
                foundParty += party ? 1 : 0;
                foundAll += all ? 1 : 0;
                if (verbose && !party) {
                    System.out.println("  missed " + document.id() + " " + p.id());
                }
            }
            for (Draft d : drafts) {
                boolean hit = here.stream().anyMatch(p -> p.party().equals(d.party()) && p.citations().stream()
                        .anyMatch(c -> c.document().equals(document.id()) && covers(d, span(text, c))));
                correct += hit ? 1 : 0;
                if (verbose && !hit) {
                    System.out.println("  extra  " + document.id() + " " + d.party() + " " + d.kind() + " "
                            + d.quote());
                }
            }
        }
        return new Score(corpus, catalogue.documents().size(), expected, foundParty, foundAll, suggestions, correct);
    }

    /** The citation's span in code points: its offsets, or where its quote first occurs. */
    private static int[] span(String text, CitationEntry c) {
        if (c.start() != null && c.end() != null) {
            return new int[] {c.start(), c.end()};
        }
        int at = text.indexOf(c.quote());
        int start = text.codePointCount(0, Math.max(0, at));
        return new int[] {start, start + c.quote().codePointCount(0, c.quote().length())};
    }

    /** The suggestion overlaps at least half of the citation. */
    private static boolean covers(Draft d, int[] span) {
        int overlap = Math.min(d.end(), span[1]) - Math.max(d.start(), span[0]);
        return overlap * 2 >= span[1] - span[0];
    }
}
