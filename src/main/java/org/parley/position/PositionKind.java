package org.parley.position;

/** What a position does: demands, proposes, rejects, accepts, sets a condition, warns, or states. */
public enum PositionKind {
    DEMAND, PROPOSAL, REJECTION, ACCEPTANCE, CONDITION, WARNING, STATEMENT
}
