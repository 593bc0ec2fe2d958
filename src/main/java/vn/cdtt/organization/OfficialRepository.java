package vn.cdtt.organization;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficialRepository extends JpaRepository<Official, Long> {

    @EntityGraph(attributePaths = {"agency", "units"})
    Optional<Official> findByUsername(String username);

    @EntityGraph(attributePaths = {"agency", "units"})
    List<Official> findAllByOrderByUsername();

    boolean existsByDemoTrue();
}
