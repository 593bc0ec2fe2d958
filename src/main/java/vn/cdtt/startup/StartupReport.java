package vn.cdtt.startup;

import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;
import org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent;
import org.springframework.core.metrics.StartupStep;

/**
 * Where start-up time goes: with {@code -Dcdtt.startup-report=true} (off by default, cheap when on) the node records
 * Spring's start-up steps and, once ready, logs the steps that took longest by their own time (children subtracted),
 * so that a bean waiting for its dependencies is not blamed for them.
 */
public final class StartupReport {

    private static final Logger log = LoggerFactory.getLogger(StartupReport.class);
    private static final int STEPS_SHOWN = 30;

    private StartupReport() {
    }

    public static void installIfRequested(SpringApplication application) {
        if (!Boolean.getBoolean("cdtt.startup-report")) {
            return;
        }
        BufferingApplicationStartup startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                report(startup.getBufferedTimeline().getEvents());
            }
        });
    }

    private static void report(List<TimelineEvent> events) {
        Map<Long, Duration> childTime = new HashMap<>();
        for (TimelineEvent event : events) {
            Long parent = event.getStartupStep().getParentId();
            if (parent != null) {
                childTime.merge(parent, event.getDuration(), Duration::plus);
            }
        }
        Map<String, Duration> byKind = new HashMap<>();
        for (TimelineEvent event : events) {
            byKind.merge(event.getStartupStep().getName(), selfTime(event, childTime), Duration::plus);
        }
        log.info("Start-up steps, own time by kind: {}", byKind.entrySet().stream()
                .sorted(Map.Entry.<String, Duration>comparingByValue().reversed())
                .map(entry -> entry.getKey() + "=" + entry.getValue().toMillis() + "ms")
                .collect(Collectors.joining(", ")));
        events.stream()
                .sorted(Comparator.comparing((TimelineEvent event) -> selfTime(event, childTime)).reversed())
                .limit(STEPS_SHOWN)
                .forEach(event -> log.info("Start-up step {} ms own ({} ms total): {} {}",
                        selfTime(event, childTime).toMillis(), event.getDuration().toMillis(),
                        event.getStartupStep().getName(), tags(event.getStartupStep())));
    }

    private static Duration selfTime(TimelineEvent event, Map<Long, Duration> childTime) {
        return event.getDuration().minus(childTime.getOrDefault(event.getStartupStep().getId(), Duration.ZERO));
    }

    private static String tags(StartupStep step) {
        StringBuilder text = new StringBuilder();
        step.getTags().forEach(tag -> text.append(tag.getKey()).append('=').append(tag.getValue()).append(' '));
        return text.toString().trim();
    }
}
