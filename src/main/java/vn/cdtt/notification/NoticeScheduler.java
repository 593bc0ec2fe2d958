package vn.cdtt.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.cdtt.kernel.EngineClock;

/** The timetable of the notices: send often, look for due dates every few minutes, fold digests once a day. */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "cdtt.notices.scheduler.enabled", havingValue = "true", matchIfMissing = true)
class NoticeScheduler {

    private final NoticeSender sender;
    private final NoticeDeadlines deadlines;
    private final NoticeDigests digests;

    NoticeScheduler(NoticeSender sender, NoticeDeadlines deadlines, NoticeDigests digests) {
        this.sender = sender;
        this.deadlines = deadlines;
        this.digests = digests;
    }

    @Scheduled(fixedDelayString = "${cdtt.notices.scheduler.send-interval:PT10S}")
    void send() {
        sender.drain();
    }

    @Scheduled(fixedDelayString = "${cdtt.notices.scheduler.deadline-interval:PT5M}",
               initialDelayString = "${cdtt.notices.scheduler.deadline-interval:PT5M}")
    void deadlines() {
        deadlines.scan();
    }

    @Scheduled(cron = "${cdtt.notices.scheduler.digest-cron:0 0 7 * * *}", zone = "${cdtt.clock.zone:Asia/Ho_Chi_Minh}")
    void digests() {
        digests.compose(EngineClock.today());
    }
}
