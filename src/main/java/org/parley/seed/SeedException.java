package org.parley.seed;

import java.util.List;

/** The catalogue cannot be loaded as it stands; the message lists every problem, one per line. */
public class SeedException extends RuntimeException {

    private final List<String> problems;

    public SeedException(List<String> problems) {
        super("The seed catalogue has " + problems.size() + " problem(s):\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
