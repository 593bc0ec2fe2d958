package vn.cdtt.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.cdtt.reporting.flow.PhaseReportProcess;

/** The walker's late check can fail: a task opened on or after its due day is late, one opened before is not. */
class DriveTimingTest {

    @Test
    void aTaskOpenedOnItsDueDayIsLateAndOneOpenedTheDayBeforeIsNot() {
        DriveTiming timing = new DriveTiming();
        timing.record("early", PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT, "TO-15-JUN", "a", ProcessDays.day(2022, 6, 14),
                ProcessDays.day(2022, 6, 15));
        timing.record("on-the-day", PhaseReportProcess.TASK_SUBMIT_PHASE_REPORT, "TO-15-JUN", "b", ProcessDays.day(2022, 6, 15),
                ProcessDays.day(2022, 6, 15));
        timing.record("no-due", PhaseReportProcess.TASK_VERIFY_PHASE_REPORT, "TO-15-JUN", "b", ProcessDays.day(2022, 6, 20), null);

        assertThat(timing.late()).extracting(DriveTiming.Opened::instance).containsExactly("b");
        assertThat(timing.lines("can-tho-1170")).containsExactly("TIMING plan=can-tho-1170 stage=REPORTING"
                + " phase=TO-15-JUN opened=2022-06-14 due=2022-06-15 units=2");
        assertThat(timing.opened("REPORTING", "TO-15-JUN")).isEqualTo(LocalDate.of(2022, 6, 14));
    }
}
