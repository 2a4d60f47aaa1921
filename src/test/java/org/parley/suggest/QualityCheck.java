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
import java.util.Map;
import java.util.TreeMap;
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

    /** A quick look while working on the suggester: java -cp ... org.parley.suggest.QualityCheck [dir] */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "seeds");
        System.out.println(score(dir.toString(), dir, read(dir.resolve("catalogue.yaml")), true).line());
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
        Map<String, Integer> causes = new TreeMap<>();
        StringBuilder report = new StringBuilder();
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
                Draft sameParty = null;
                Draft otherParty = null;
                for (CitationEntry c : p.citations()) {
                    if (!c.document().equals(document.id())) {
                        continue;
                    }
                    int[] span = span(text, c);
                    for (Draft d : drafts) {
                        if (!covers(d, span)) {
                            continue;
                        }
                        if (d.party().equals(p.party())) {
                            party = true;
                            boolean right = p.topic().equals(d.topic()) && p.kind() == d.kind();
                            all |= right;
                            if (sameParty == null || right) {
                                sameParty = d;
                            }
                        } else if (otherParty == null) {
                            otherParty = d;
                        }
                    }
                }
                foundParty += party ? 1 : 0;
                foundAll += all ? 1 : 0;
                String cause;
                if (all) {
                    cause = "found";
                } else if (party) {
                    boolean topic = p.topic().equals(sameParty.topic());
                    boolean kind = p.kind() == sameParty.kind();
                    cause = !topic && !kind ? "topic and kind wrong" : !topic ? "topic wrong" : "kind wrong";
                    report.append(String.format("  %-22s %s %s: want %s/%s, got %s/%s (cues %s, terms %s)%n", cause,
                            document.id().substring(0, Math.min(8, document.id().length())), p.id(), p.topic(),
                            p.kind(), sameParty.topic(), sameParty.kind(), sameParty.evidence().kindCues(),
                            sameParty.evidence().topicTerms()));
                } else if (otherParty != null) {
                    cause = "party wrong";
                    report.append(String.format("  %-22s %s %s: want %s, got %s (%s)%n", cause,
                            document.id().substring(0, Math.min(8, document.id().length())), p.id(), p.party(),
                            otherParty.party(), otherParty.evidence().attribution()));
                } else {
                    cause = "no suggestion";
                    report.append(String.format("  %-22s %s %s (%s)%n", cause,
                            document.id().substring(0, Math.min(8, document.id().length())), p.id(),
                            p.citations().stream().filter(c -> c.document().equals(document.id())).findFirst()
                                    .map(c -> abbreviate(c.quote())).orElse("")));
                }
                causes.merge(cause, 1, Integer::sum);
            }
            for (Draft d : drafts) {
                boolean hit = here.stream().anyMatch(p -> p.party().equals(d.party()) && p.citations().stream()
                        .anyMatch(c -> c.document().equals(document.id()) && covers(d, span(text, c))));
                correct += hit ? 1 : 0;
                if (!hit) {
                    causes.merge("extra suggestion", 1, Integer::sum);
                    if (verbose) {
                        report.append(String.format("  %-22s %s %s/%s/%s by %s: %s%n", "extra suggestion",
                                document.id().substring(0, Math.min(8, document.id().length())), d.party(),
                                d.topic(), d.kind(), d.evidence().attribution(), abbreviate(d.quote())));
                    }
                }
            }
        }
        System.out.println("Per position, where " + corpus + " is not found in full:");
        System.out.print(report);
        System.out.println("  causes: " + causes);
        return new Score(corpus, catalogue.documents().size(), expected, foundParty, foundAll, suggestions, correct);
    }

    private static String abbreviate(String quote) {
        String flat = quote.replaceAll("\\s+", " ");
        return flat.length() <= 110 ? flat : flat.substring(0, 107) + "...";
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
