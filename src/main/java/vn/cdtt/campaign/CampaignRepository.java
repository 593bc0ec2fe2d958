package vn.cdtt.campaign;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.cdtt.plan.PlanPhase;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

    @Query("select p from PlanPhase p where p.id = :id")
    Optional<PlanPhase> findPhase(@Param("id") long id);
}
