package vn.cdtt.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

import vn.cdtt.CdttApplication;

/** Outside the demo profile the real application refuses to start without a proper administrator password. */
class AdminPasswordGuardTest {

    @Test
    void refusesToStartWithoutAnAdminPassword() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password="))
                .hasMessageContaining("Refusing to start: the administrator password is not set");
    }

    @Test
    void refusesToStartWithAWellKnownDefault() {
        for (String weak : new String[] {"admin", "Admin", "demo", "camunda", "Demo@2022cds"}) {
            assertThatThrownBy(() -> start("--camunda.bpm.admin-user.password=" + weak))
                    .as(weak).hasMessageContaining("well-known default");
        }
    }

    @Test
    void refusesThePasswordThatEqualsTheUserId() {
        assertThatThrownBy(() -> start("--camunda.bpm.admin-user.id=boss", "--camunda.bpm.admin-user.password=BOSS"))
                .hasMessageContaining("well-known default");
    }

    @Test
    void acceptsAStrongPassword() {
        assertThat(AdminPasswordGuard.problemWith("admin", "Kh0ng-Ai-Doan-Duoc!")).isNull();
    }

    private static void start(String... args) {
        new SpringApplicationBuilder(CdttApplication.class).profiles("production").run(args).close();
    }
}
