package vn.cdtt.campaign.flow;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.engine.StartFormOptions;
import vn.cdtt.engine.Variables;
import vn.cdtt.plan.Plan;
import vn.cdtt.plan.PlanRepository;
import vn.cdtt.tenancy.ProvinceScope;

/**
 * The drive's start form lists every published plan (the latest version of each) of the starter's province, as
 * {label, value} choices for its select ({@code valuesKey: publishedPlans}); a plan loaded later appears without a
 * new form. Which plan is started is still checked when the drive opens.
 */
@Component
class StartableDrivePlans implements StartFormOptions {

    static final String PUBLISHED_PLANS = "publishedPlans";

    private final PlanRepository plans;
    private final ProvinceScope provinces;

    StartableDrivePlans(PlanRepository plans, ProvinceScope provinces) {
        this.plans = plans;
        this.provinces = provinces;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> forStart(String processDefinitionKey, String userId) {
        if (!CampaignLifecycleProcess.KEY.equals(processDefinitionKey)) {
            return Map.of();
        }
        List<Map<String, String>> choices = plans.findLatestVersions().stream()
                .filter(plan -> provinces.coversProvince(userId, plan.getProvince()))
                .map(plan -> Map.of("value", plan.getCode(), "label", label(plan))).toList();
        return Map.of(PUBLISHED_PLANS, Variables.json(choices));
    }

    private static String label(Plan plan) {
        return plan.getNameVi() + " — " + plan.getReference() + " (" + plan.getScope().getFullName() + ")";
    }
}
