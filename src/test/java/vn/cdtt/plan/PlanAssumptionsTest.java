package vn.cdtt.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

import vn.cdtt.kernel.input.YamlFiles;

/** Which reason a task's due date shows: the field's own, else that of the whole the plan assumes. */
class PlanAssumptionsTest {

    @Test
    void aPeriodAssumedWholeCoversItsReportDueDay() throws IOException {
        PlanFile phuNinh = plan(shipped("phu-ninh-2022.yaml"));

        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("phases.REST-2022.reportDue")))
                .hasValueSatisfying(reason -> assertThat(reason).startsWith("Văn bản không có kỳ báo cáo sau 31/8/2022"));
        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("phases.BY-31-AUG.reportDue")))
                .as("the field's own reason").hasValue("Văn bản không nêu hạn báo cáo; hệ thống giả định 05/9/2022.");
        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("phases.BY-31-AUG.end")))
                .as("a stated day of a period not assumed whole").isEmpty();
        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("stages.reporting")))
                .as("a part assumed does not make its whole assumed").isEmpty();
    }

    @Test
    void theFieldsOwnReasonWinsOverItsWholes() throws IOException {
        PlanFile phuNinh = plan(shipped("phu-ninh-2022.yaml") + """
                  - field: phases.REST-2022.reportDue
                    reason: "Hạn riêng của kỳ."
                """);

        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("phases.REST-2022.reportDue")))
                .hasValue("Hạn riêng của kỳ.");
        assertThat(PlanAssumptions.reasonFor(phuNinh, List.of("phases.REST-2022X.reportDue")))
                .as("a code that only begins like an assumed one").isEmpty();
    }

    private static String shipped(String file) throws IOException {
        return new String(new ClassPathResource("plans/" + file).getInputStream().readAllBytes(),
                StandardCharsets.UTF_8);
    }

    private static PlanFile plan(String yaml) {
        return YamlFiles.read(yaml.getBytes(StandardCharsets.UTF_8), "plan.yaml", PlanFile.class);
    }
}
