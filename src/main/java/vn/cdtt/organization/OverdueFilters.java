package vn.cdtt.organization;

import static vn.cdtt.kernel.Locales.VIETNAMESE;

import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.cdtt.kernel.EngineClock;

/**
 * The "overdue" Tasklist filter without an expression: a stored {@code ${now()}} would be evaluated by the engine, so
 * the filter holds a concrete cut-off (the start of today) that this moves forward every night and at start-up.
 * Deadlines are days, so a cut-off at midnight is exact for them.
 */
@Component
public class OverdueFilters {

    static final String KIND = "overdue";
    /** The filter property that says which of an official's filters this is, whatever its translated name. */
    static final String KIND_PROPERTY = "kind";
    /** Advisory lock of the nightly refresh: one node moves the cut-off, the others leave it. */
    private static final long REFRESH_LOCK = 0x6364_7474_0F17_0001L;
    private static final Logger log = LoggerFactory.getLogger(OverdueFilters.class);

    private final FilterService filters;
    private final JdbcTemplate jdbc;
    private final org.springframework.context.MessageSource messages;

    OverdueFilters(FilterService filters, JdbcTemplate jdbc, org.springframework.context.MessageSource messages) {
        this.filters = filters;
        this.jdbc = jdbc;
        this.messages = messages;
    }

    static TaskQuery query(TaskService tasks, List<String> groups, Date cutOff) {
        return tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().dueBefore(cutOff);
    }

    /** The start of the engine's today: a task due before it is overdue. */
    static Date cutOff() {
        return EngineClock.startOf(EngineClock.today());
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartup() {
        refresh();
    }

    @Scheduled(cron = "${cdtt.filters.overdue-refresh-cron:0 0 0 * * *}")
    void nightly() {
        refresh();
    }

    /** @return how many filters got the new cut-off (0 when another node holds the refresh) */
    @Transactional
    public int refresh() {
        if (!Boolean.TRUE.equals(jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class,
                REFRESH_LOCK))) {
            return 0;
        }
        Date cutOff = cutOff();
        int moved = 0;
        for (Locale locale : List.of(VIETNAMESE, Locale.ENGLISH)) {
            String name = messages.getMessage("filter." + KIND + ".name", null, locale);
            for (Filter filter : filters.createFilterQuery().filterName(name).list()) {
                Map<String, Object> properties = filter.getProperties();
                if (properties == null || !KIND.equals(properties.get(KIND_PROPERTY))) {
                    continue;
                }
                TaskQuery query = filter.getQuery();
                filters.saveFilter(filter.setQuery(query.dueBefore(cutOff)));
                moved++;
            }
        }
        log.debug("Overdue filters: {} moved to {}", moved, cutOff);
        return moved;
    }
}
