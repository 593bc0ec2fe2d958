package vn.cdtt.campaign.plan;

import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.transaction.annotation.Transactional;

/** Plans: any official may list them; administrators upload new ones or new versions. */
@RestController
@RequestMapping("/api/plans")
class PlanApiController {

    private final PlanService service;
    private final PlanRepository plans;

    PlanApiController(PlanService service, PlanRepository plans) {
        this.service = service;
        this.plans = plans;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", MediaType.TEXT_PLAIN_VALUE})
    @PreAuthorize("hasRole('ADMIN')")
    PlanService.Loaded upload(@RequestBody byte[] yaml,
                              @RequestParam(name = "name", defaultValue = "plan.yaml") String name) {
        return service.load(yaml, name);
    }

    @GetMapping
    @Transactional(readOnly = true)
    List<Map<String, Object>> list() {
        return plans.findLatestVersions().stream().map(plan -> Map.<String, Object>of(
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
