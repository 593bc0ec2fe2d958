package vn.cdtt.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The one clock of the product: the engine's (timers fire on it, tests move it), read in the province's zone
 * whatever zone the host runs in. A container in UTC would otherwise start "today" at 07:00 Vietnam time and date
 * every deadline seven hours early. The only class that touches Camunda's {@code ClockUtil}.
 */
public final class EngineClock {

    private static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static volatile ZoneId zone = DEFAULT_ZONE;

    private EngineClock() {
    }

    /** Set once at start-up from {@code cdtt.clock.zone}. */
    public static void useZone(ZoneId configured) {
        zone = Objects.requireNonNull(configured, "zone");
    }

    public static ZoneId zone() {
        return zone;
    }

    public static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    public static LocalDate today() {
        return dayOf(now());
    }

    /** Midnight starting {@code day} in the zone: how due dates and timers take a calendar day. */
    public static Date startOf(LocalDate day) {
        return Date.from(day.atStartOfDay(zone).toInstant());
    }

    /** The calendar day an instant falls on in the zone. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(zone).toLocalDate();
    }

    public static LocalDate dayOf(Date date) {
        return dayOf(date.toInstant());
    }

    /** Moves the engine's clock, for tests and simulated days. */
    public static void moveTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    /** Back to the wall clock. */
    public static void reset() {
        ClockUtil.reset();
    }
}
