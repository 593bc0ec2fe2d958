package vn.cdtt.architecture;

import java.util.Map;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package rules of design.md ("Code layout"), on the product's classes (tests excluded). It prints the graph of
 * top-level packages so a reviewer sees what depends on what.
 */
class ArchitectureTest {

    static final String PRODUCT = "vn.cdtt";

    private static JavaClasses product;

    @BeforeAll
    static void importProduct() {
        product = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(PRODUCT);
    }

    @Test
    void printsThePackageGraph() {
        Map<String, Set<String>> graph = PackageGraph.of(product);
        graph.forEach((from, to) -> System.out.println("PACKAGES " + from + " -> " + String.join(", ", to)));
    }

    @Test
    void noPackageCycles() {
        ArchitectureRules.NO_CYCLES.check(product);
    }

    @Test
    void delegatesAndListenersLiveInAFlowPackageOrAnEnginePlugin() {
        ArchitectureRules.DELEGATES_IN_FLOW.check(product);
    }

    @Test
    void camundaDelegateAndImplApisOnlyInFlowAndTheEngineLayer() {
        ArchitectureRules.CAMUNDA_INTERNALS_IN_FLOW.check(product);
    }

    @Test
    void theKernelImportsNothingOfTheProduct() {
        ArchitectureRules.KERNEL_ALONE.check(product);
    }
}
