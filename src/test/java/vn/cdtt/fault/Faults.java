package vn.cdtt.fault;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

/** What the fault tests share: their nodes' settings, waiting for a condition, and the FAULT lines. */
final class Faults {

    /**
     * How long a dead node's job locks and notice claims last in these tests. Production keeps Camunda's 5 min lock
     * and a 5 min claim; the tests shorten both so that a survivor takes the work over within their time bound.
     */
    static final Duration LOCK_TIME = Duration.ofSeconds(30);
    static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(20);

    /** Generous: a node starts in 15-20 s alone, but minutes on a machine busy with other builds. */
    static final Duration START_UP = Duration.ofMinutes(6);

    private Faults() {
    }

    /** A node's settings: mail to the fault tests' GreenMail, short locks and claims, a job executor that polls. */
    static Map<String, String> nodeProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(FaultSmtp.PORT));
        properties.put("camunda.bpm.job-execution.lock-time-in-millis", String.valueOf(LOCK_TIME.toMillis()));
        // An idle acquisition waits up to 60 s by default; the tests want a freed lock seen within seconds.
        properties.put("camunda.bpm.job-execution.max-wait", "3000");
        properties.put("cdtt.notices.claim-timeout", CLAIM_TIMEOUT.toString());
        properties.put("cdtt.notices.scheduler.send-interval", "PT2S");
        // Small fan-out passes, so that a kill lands in the middle of a fan-out of several hundred units.
        properties.put("cdtt.reporting.fan-out-batch-size", "50");
        return properties;
    }

    /** Waits until the condition holds; fails naming what did not happen. @return the time it took */
    static Duration await(String what, Duration timeout, Callable<Boolean> condition) throws Exception {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + timeout + ": " + what);
            }
            Thread.sleep(200);
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static void print(String test, String format, Object... arguments) {
        System.out.println("FAULT " + test + " " + String.format(java.util.Locale.ROOT, format, arguments));
    }

    /**
     * Notices against mails received: lost = a notice with no mail, duplicated = extra mails of one notice. A mail
     * the dead node handed to the server just before it died, then sent again by the survivor after the claim
     * timeout, is the one duplicate at-least-once delivery allows: those are counted apart as {@code inFlight}.
     */
    record NoticeTally(int notices, int mails, int lost, int duplicated, int duplicatedInFlight,
                       Set<Long> duplicatedOutsideInFlight) {

        static NoticeTally of(Collection<Long> notices, Map<Long, Integer> received, Set<Long> inFlightAtKill) {
            int mails = 0;
            int lost = 0;
            int duplicated = 0;
            int inFlight = 0;
            Set<Long> outside = new TreeSet<>();
            for (long notice : notices) {
                int count = received.getOrDefault(notice, 0);
                mails += count;
                if (count == 0) {
                    lost++;
                } else if (count > 1) {
                    duplicated += count - 1;
                    if (inFlightAtKill.contains(notice)) {
                        inFlight += count - 1;
                    } else {
                        outside.add(notice);
                    }
                }
            }
            return new NoticeTally(notices.size(), mails, lost, duplicated, inFlight, outside);
        }
    }
}
