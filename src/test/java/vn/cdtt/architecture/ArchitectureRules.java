package vn.cdtt.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;

/** The rules, kept apart from the test so that ArchitectureRulesTest can show each one catching a break. */
final class ArchitectureRules {

    /**
     * Where Camunda's delegate and internal APIs may be used: the models' adapters ({@code flow}), the engine layer,
     * and a feature's engine plugin ({@code plugin}: the notice listener on every task, the tenant of every instance),
     * which stays beside its feature so that the engine layer depends on no feature.
     */
    static final String[] ENGINE_FACING = {"..flow..", "..plugin..", "vn.cdtt.engine.."};

    static final ArchRule NO_CYCLES = slices().matching("vn.cdtt.(*)..").should().beFreeOfCycles();

    static final ArchRule DELEGATES_IN_FLOW = classes()
            .that().implement(JavaDelegate.class).or().implement(TaskListener.class)
            .or().implement(ExecutionListener.class)
            .should().resideInAnyPackage(ENGINE_FACING);

    static final ArchRule CAMUNDA_INTERNALS_IN_FLOW = noClasses()
            .that().resideOutsideOfPackages(ENGINE_FACING)
            .and().doNotHaveFullyQualifiedName("vn.cdtt.kernel.EngineClock")
            .should().dependOnClassesThat().resideInAnyPackage("org.camunda.bpm.engine.delegate..",
                    "org.camunda.bpm.engine.impl..")
            .because("the engine's internals stay behind the flow adapters and the engine layer;"
                    + " EngineClock alone reads Camunda's clock");

    static final ArchRule KERNEL_ALONE = noClasses().that().resideInAPackage("vn.cdtt.kernel..")
            .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("vn.cdtt..")
                    .and(JavaClass.Predicates.resideOutsideOfPackage("vn.cdtt.kernel..")))
            .because("the kernel is what every package may use, so it may use none of them");

    private ArchitectureRules() {
    }
}
