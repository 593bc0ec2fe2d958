package vn.cdtt.team;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import vn.cdtt.campaign.Campaign;
import vn.cdtt.geography.AdminUnit;

public interface TeamRepository extends JpaRepository<Team, Long> {

    List<Team> findByCampaignAndCommuneOrderByIdAsc(Campaign campaign, AdminUnit commune);

    @Query("select t.village.code from Team t where t.campaign = :campaign and t.village.code in :codes"
            + " and t.commune = :commune")
    List<String> villagesWithTeams(@Param("campaign") Campaign campaign, @Param("commune") AdminUnit commune,
                                   @Param("codes") Collection<String> codes);

    boolean existsByCampaignAndCommuneAndVillageIsNull(Campaign campaign, AdminUnit commune);
}
