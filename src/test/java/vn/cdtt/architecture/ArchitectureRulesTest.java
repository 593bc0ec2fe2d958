package vn.cdtt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** Each rule of ArchitectureTest fails on a class that breaks it (fixtures in the test sources), so none is vacuous. */
class ArchitectureRulesTest {

    private static final JavaClasses BROKEN = new ClassFileImporter().importClasses(
            classNamed("vn.cdtt.kernel.KernelReachingOutFixture"),
            classNamed("vn.cdtt.geography.DelegateOutsideFlowFixture"),
            vn.cdtt.organization.Agency.class, vn.cdtt.geography.AdminUnit.class);

    @Test
    void aKernelClassThatUsesTheProductIsCaught() {
        assertViolated(ArchitectureRules.KERNEL_ALONE, "KernelReachingOutFixture");
    }

    @Test
    void aDelegateOutsideAFlowPackageIsCaught() {
        assertViolated(ArchitectureRules.DELEGATES_IN_FLOW, "DelegateOutsideFlowFixture");
    }

    @Test
    void camundasDelegateApiOutsideFlowIsCaught() {
        assertViolated(ArchitectureRules.CAMUNDA_INTERNALS_IN_FLOW, "DelegateOutsideFlowFixture");
    }

    @Test
    void aPackageCycleIsCaught() {
        // Agency (organization) holds its AdminUnit (geography); the fixture makes geography use organization.
        assertViolated(ArchitectureRules.NO_CYCLES, "Cycle detected");
    }

    private static void assertViolated(ArchRule rule, String expected) {
        EvaluationResult result = rule.evaluate(BROKEN);
        assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
        assertThat(String.join("\n", result.getFailureReport().getDetails())).contains(expected);
    }

    private static Class<?> classNamed(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
