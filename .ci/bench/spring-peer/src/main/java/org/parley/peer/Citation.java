package org.parley.peer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "citation")
class Citation {
    @Id
    Long id;
    @ManyToOne(fetch = FetchType.LAZY)
    Position position;
    int ord;
    /** Eager (JPA's default for a to-one): joined into the statement that loads the citations. */
    @ManyToOne
    Named.Document document;
    String quote;
    @Column(name = "start_cp")
    int start;
    @Column(name = "end_cp")
    int end;
    String prefix;
    String suffix;
    int revision;
    String anchorStatus;
    double anchorScore;
}
