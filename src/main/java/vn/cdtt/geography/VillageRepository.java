package vn.cdtt.geography;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VillageRepository extends JpaRepository<Village, Long> {

    @Query("select v from Village v where v.commune in :communes")
    List<Village> findByCommuneIn(@Param("communes") Collection<AdminUnit> communes);

    List<Village> findByCommuneOrderByCode(AdminUnit commune);

    @EntityGraph(attributePaths = "commune")
    List<Village> findByCode(String code);
}
