package vn.cdtt.notification;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.kernel.VietnameseDates;

/**
 * Renders a notice in its reader's language: subject from the message bundle, an HTML body and a plain-text body
 * from the Thymeleaf templates {@code mail/notice.html} and {@code mail/notice-text.txt}.
 */
@Component
class NoticeMail {

    record Rendered(String subject, String html, String text) {
    }

    /** Everything of a notice its mail is rendered from: two notices alike in these get the same mail. */
    record Content(NoticeKind kind, Locale locale, String taskId, String taskName, String driveName,
                   String planReference, String unitName, java.time.Instant dueAt, String taskKey, String digestOf) {

        static Content of(Notice notice) {
            return new Content(notice.kind(), notice.locale(), notice.taskId(), notice.taskName(), notice.driveName(),
                    notice.planReference(), notice.unitName(), notice.dueAt(), notice.taskKey(), notice.digestOf());
        }
    }


    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final NoticeProperties properties;
    private final JdbcTemplate jdbc;

    NoticeMail(ITemplateEngine templates, MessageSource messages, NoticeProperties properties, JdbcTemplate jdbc) {
        this.templates = templates;
        this.messages = messages;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    Rendered render(Notice notice) {
        Locale locale = notice.locale();
        List<Notice> items = notice.kind() == NoticeKind.DIGEST ? digestItems(notice) : List.of(notice);
        Context context = new Context(locale, Map.of("notice", notice, "items", items.stream().map(this::item)
                .toList(), "properties", properties));
        String subject = notice.kind() == NoticeKind.DIGEST
                ? messages.getMessage("notice.subject.DIGEST", new Object[] {items.size()}, locale)
                : messages.getMessage("notice.subject." + notice.kind(), new Object[] {notice.taskName(),
                        notice.unitName() == null ? "" : notice.unitName()}, locale);
        return new Rendered(subject, templates.process("mail/notice", context),
                templates.process("mail/notice-text", context));
    }

    /** A task as the templates show it, with what is expected in the reader's language. */
    record Item(String taskName, String driveName, String planReference, String unitName, String due,
                String expected, String link, NoticeKind kind) {
    }

    private Item item(Notice notice) {
        Locale locale = notice.locale();
        String expected = messages.getMessage("notice.expected." + notice.taskKey(), null, null, locale);
        if (expected == null) {
            expected = messages.getMessage("notice.expected.default", null, locale);
        }
        String due = notice.dueAt() == null ? null : VietnameseDates.format(
                EngineClock.dayOf(notice.dueAt()));
        return new Item(notice.taskName(), notice.driveName(), notice.planReference(), notice.unitName(), due,
                expected, properties.taskLink(notice.taskId()), notice.kind());
    }

    private List<Notice> digestItems(Notice digest) {
        List<Long> ids = Arrays.stream(digest.digestOf().split(",")).map(Long::valueOf).toList();
        return jdbc.query("select * from drive.notice where id = any(?) order by id", Notice::from,
                (Object) ids.toArray(Long[]::new));
    }
}
