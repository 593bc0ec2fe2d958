package vn.cdtt.startup;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The start-up report logs the slowest steps only when asked for, on a small context of its own. */
@ExtendWith(OutputCaptureExtension.class)
class StartupReportTest {

    @Configuration(proxyBeanMethods = false)
    static class SmallContext {
        @Bean
        String slowBean() throws InterruptedException {
            Thread.sleep(300);
            return "slow";
        }
    }

    @AfterEach
    void clearSwitch() {
        System.clearProperty("cdtt.startup-report");
    }

    @Test
    void askedForItLogsTheSlowestStepsOnceReady(CapturedOutput output) {
        System.setProperty("cdtt.startup-report", "true");
        run();
        assertThat(output.getOut()).contains("Start-up steps, own time by kind")
                .containsPattern("Start-up step \\d+ ms own \\(\\d+ ms total\\): spring.beans.instantiate beanName=slowBean");
    }

    @Test
    void notAskedForItLogsNothing(CapturedOutput output) {
        run();
        assertThat(output.getOut()).doesNotContain("Start-up step");
    }

    private static void run() {
        SpringApplication application = new SpringApplication(SmallContext.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        StartupReport.installIfRequested(application);
        try (ConfigurableApplicationContext context = application.run("--spring.main.banner-mode=off",
                // The product's password guard checks every application started from its class path.
                "--camunda.bpm.admin-user.password=Report@Kiemthu-2026")) {
            assertThat(context.getBean("slowBean")).isEqualTo("slow");
        }
    }
}
