package org.parley.peer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Parties, topics, speakers and documents: only the columns a position's view shows. */
final class Named {

    private Named() {
    }

    @Entity
    @Table(name = "party")
    static class Party {
        @Id
        String id;
        String name;
    }

    @Entity
    @Table(name = "topic")
    static class Topic {
        @Id
        String id;
        String name;
    }

    @Entity
    @Table(name = "representative")
    static class Representative {
        @Id
        String id;
        String name;
        String role;
    }

    @Entity
    @Table(name = "source_document")
    static class Document {
        @Id
        String id;
        String title;
        String outlet;
        String url;
        java.time.LocalDate publishedOn;
    }
}
