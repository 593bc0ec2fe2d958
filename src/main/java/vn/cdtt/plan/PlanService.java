package vn.cdtt.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.input.FileRefusedException;
import vn.cdtt.kernel.input.YamlFiles;

/**
 * Loads plan files. A file is checked whole; a bad one is refused naming the file, the field path and the reason,
 * and nothing is saved. Loading the same content again changes nothing; changed content becomes a new version.
 */
@Service
public class PlanService {

    private final PlanRepository plans;
    private final PlanValidator validator;
    private final Map<Long, PlanFile> parsedRules = new ConcurrentHashMap<>();

    PlanService(PlanRepository plans, PlanValidator validator) {
        this.plans = plans;
        this.validator = validator;
    }

    public record Loaded(String code, int version, boolean changed) {
    }

    @Transactional
    public Loaded load(byte[] yaml, String fileName) {
        PlanFile file = YamlFiles.read(yaml, fileName, PlanFile.class);
        PlanValidator.Checked checked = validator.check(file);
        if (!checked.problems().isEmpty()) {
            throw new FileRefusedException(fileName, checked.problems());
        }
        String hash = sha256(yaml);
        Optional<Plan> latest = plans.findFirstByCodeOrderByVersionDesc(file.code());
        if (latest.isPresent() && latest.get().getContentHash().equals(hash)) {
            return new Loaded(file.code(), latest.get().getVersion(), false);
        }
        int version = latest.map(p -> p.getVersion() + 1).orElse(1);
        Plan plan = new Plan(file, version, checked.province(), checked.scope(), fileName,
                new String(yaml, StandardCharsets.UTF_8), hash);
        Map<String, PlanIndicator> indicators = new HashMap<>();
        file.indicators().forEach(spec -> indicators.put(spec.code(), plan.addIndicator(spec)));
        file.phases().forEach(spec -> {
            PlanPhase phase = plan.addPhase(spec);
            spec.targets().forEach((code, target) -> phase.target(indicators.get(code), target));
        });
        plans.save(plan);
        return new Loaded(file.code(), version, true);
    }

    /**
     * The rules of a stored plan (stages, teams, pilot, scale-up, deadlines) as the file gave them, a first-format
     * file read as the fixed chain it ran on. A stored version never changes, so each is parsed once per node
     * (fan-outs ask for it once per commune).
     */
    public PlanFile rulesOf(Plan plan) {
        return parsedRules.computeIfAbsent(plan.getId(), id -> LegacyPlanFormat.normalized(YamlFiles.read(
                plan.getContent().getBytes(StandardCharsets.UTF_8), plan.getFileName(), PlanFile.class)));
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
