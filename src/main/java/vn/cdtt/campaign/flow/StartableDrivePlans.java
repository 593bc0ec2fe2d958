package vn.cdtt.campaign.flow;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.StartFormOptions;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.tenancy.ProvinceScope;

/**
 * The drive's start form lists every published plan (the latest version of each) of the starter's province as the
 * choices of its {@code planCode} select; a plan loaded later appears without a new form. Which plan is started is
 * still checked when the drive opens.
 */
@Component
class StartableDrivePlans implements StartFormOptions {

    private final PlanRepository plans;
    private final ProvinceScope provinces;

    StartableDrivePlans(PlanRepository plans, ProvinceScope provinces) {
        this.plans = plans;
        this.provinces = provinces;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, List<Map<String, String>>> choices(String processDefinitionKey, String userId) {
        if (!CampaignLifecycleProcess.KEY.equals(processDefinitionKey)) {
            return Map.of();
        }
        java.util.function.Predicate<vn.cdtt.geography.AdminUnit> covered = provinces.provincesOf(userId);
        List<Map<String, String>> choices = plans.findLatestVersions().stream()
                .filter(plan -> covered.test(plan.getProvince()))
                .map(plan -> Map.of("value", plan.getCode(), "label", label(plan))).toList();
        return Map.of(CampaignLifecycleProcess.PLAN_CODE, choices);
    }

    private static String label(Plan plan) {
        return plan.getNameVi() + " — " + plan.getReference() + " (" + plan.getScope().getFullName() + ")";
    }
}
