package vn.cdtt.plan;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.tenancy.ProvinceScope;

/** Plans: an official lists their province's; administrators list all and upload new ones or new versions. */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private final PlanService service;
    private final PlanRepository plans;
    private final ProvinceScope provinces;

    PlanApiController(PlanService service, PlanRepository plans, ProvinceScope provinces) {
        this.service = service;
        this.plans = plans;
        this.provinces = provinces;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    @PreAuthorize("hasRole('ADMIN')")
    PlanService.Loaded upload(@RequestBody byte[] yaml,
                              @RequestParam(name = "name", defaultValue = "plan.yaml") String name) {
        return service.load(yaml, name);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<Map<String, Object>> list(Authentication user) {
        // Each province sees only its own plans (administrators all of them).
        Set<String> tenants = provinces.tenantsOf(user.getName());
        return plans.findLatestVersions().stream()
                .filter(plan -> provinces.coversProvince(user, tenants, plan.getProvince()))
                .map(plan -> Map.<String, Object>of(
                "code", plan.getCode(),
                "version", plan.getVersion(),
                "nameVi", plan.getNameVi(),
                "nameEn", plan.getNameEn(),
                "reference", plan.getReference(),
                "province", plan.getProvince().getFullName(),
                "scope", plan.getScope().getFullName(),
                "hierarchy", plan.getHierarchy().name(),
                "phases", plan.getPhases().size())).toList();
    }
}
