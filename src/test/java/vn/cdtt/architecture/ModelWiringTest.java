package vn.cdtt.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.Introspector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import vn.cdtt.engine.ChildStarter;

/**
 * Every bean a model names is a class of that model's flow package (or a child starter in the flow package of the
 * model it starts, or a bean of the model that starts it), named after its bean; every element id has its constant in
 * {@code <Model>Process}; no Java source spells an element id itself.
 */
class ModelWiringTest {

    private static final Path MODELS = Path.of("bpmn");

    private static Map<String, ModelWiring.Bean> beans;
    private static Map<String, Class<?>> constantsClasses;

    @BeforeAll
    static void readTheProduct() throws ClassNotFoundException {
        beans = new HashMap<>();
        constantsClasses = new HashMap<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ArchitectureTest.PRODUCT)) {
            if (type.isNestedClass() || type.isAnonymousClass()) {
                continue;
            }
            Class<?> loaded = Class.forName(type.getName());
            Component component = AnnotatedElementUtils.findMergedAnnotation(loaded, Component.class);
            if (component != null) {
                String name = StringUtils.hasText(component.value()) ? component.value()
                        : Introspector.decapitalize(loaded.getSimpleName());
                beans.put(name, new ModelWiring.Bean(loaded, loaded.isAnnotationPresent(ChildStarter.class)));
            }
            if (loaded.getPackageName().endsWith(".flow") && loaded.getSimpleName().endsWith("Process")) {
                constantsClasses.put(loaded.getSimpleName(), loaded);
            }
        }
    }

    @Test
    void everyModelIsWiredToItsFlowPackage() throws IOException {
        ModelWiring wiring = new ModelWiring(beans);
        try (Stream<Path> files = Files.list(MODELS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                wiring.model(file.getFileName().toString(), Files.readString(file), constantsClasses::get);
            }
        }
        assertThat(wiring.problems()).isEmpty();
    }

    @Test
    void noJavaSourceSpellsAnElementId() {
        assertThat(ModelWiring.literalIds(Path.of("src/main/java"))).isEmpty();
    }

    @Test
    void testsReadElementIdsFromTheConstantsToo() {
        assertThat(ModelWiring.literalIds(Path.of("src/test/java")))
                .allSatisfy(found -> assertThat(found).startsWith("vn/cdtt/architecture/"));
    }

    @Test
    void aBeanOutsideItsModelsFlowPackageIsCaught() throws IOException {
        // The phase-report model naming the training model's delegate: neither its own, its child's nor its parent's.
        String model = Files.readString(MODELS.resolve("phase-report.bpmn"))
                .replace("${recordPhaseReportDelegate}", "${countTrainedTeamsDelegate}");
        List<String> problems = new ModelWiring(beans).model("phase-report.bpmn", model, constantsClasses::get)
                .problems();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("bean countTrainedTeamsDelegate")
                .contains("is neither in vn.cdtt.reporting.flow"));
    }

    @Test
    void aBeanThatIsNoClassAndAnIdWithoutConstantAreCaught() throws IOException {
        String model = Files.readString(MODELS.resolve("phase-report.bpmn"))
                .replace("${recordPhaseReportDelegate}", "${recordReportDelegate}")
                .replace("\"Task_VerifyPhaseReport\"", "\"Task_CheckPhaseReport\"");
        List<String> problems = new ModelWiring(beans).model("phase-report.bpmn", model, constantsClasses::get)
                .problems();
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("bean recordReportDelegate is no class"))
                .anySatisfy(p -> assertThat(p).contains("element Task_CheckPhaseReport has no constant"))
                .anySatisfy(p -> assertThat(p).contains("TASK_VERIFY_PHASE_REPORT names Task_VerifyPhaseReport"));
    }

    @Test
    void anElementIdSpelledInJavaIsCaught(@org.junit.jupiter.api.io.TempDir Path sources) throws IOException {
        Files.writeString(sources.resolve("Spelled.java"), "class Spelled { String id = \"Task_ApprovePlans\"; }");
        assertThat(ModelWiring.literalIds(sources)).containsExactly("Spelled.java: \"Task_ApprovePlans\"");
    }
}
