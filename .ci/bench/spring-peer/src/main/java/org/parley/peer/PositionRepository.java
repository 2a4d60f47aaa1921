package org.parley.peer;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PositionRepository extends JpaRepository<Position, String> {

    /** One statement: the position with everything its view shows. */
    @Query("select p from Position p join fetch p.party join fetch p.topic left join fetch p.speaker"
            + " left join fetch p.respondsTo r left join fetch r.party"
            + " left join fetch p.citations c left join fetch c.document where p.id = :id")
    Optional<Position> findWithCitations(String id);

    /** The page with its to-one references; the citations follow in one batch (default_batch_fetch_size). */
    @Query(value = "select p from Position p join fetch p.party pa join fetch p.topic t left join fetch p.speaker"
            + " left join fetch p.respondsTo r left join fetch r.party"
            + " where (:party is null or pa.id = :party) and (:topic is null or t.id = :topic)"
            + " order by p.statedOn, p.id",
            countQuery = "select count(p) from Position p where (:party is null or p.party.id = :party)"
                    + " and (:topic is null or p.topic.id = :topic)")
    Page<Position> findFiltered(String party, String topic, Pageable page);
}
