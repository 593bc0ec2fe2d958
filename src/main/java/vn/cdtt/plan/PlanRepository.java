package vn.cdtt.plan;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findFirstByCodeOrderByVersionDesc(String code);

    @Query("select p from Plan p where p.version = (select max(q.version) from Plan q where q.code = p.code)"
            + " order by p.code")
    List<Plan> findLatestVersions();
}
