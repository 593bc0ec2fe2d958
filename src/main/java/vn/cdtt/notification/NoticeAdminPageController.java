package vn.cdtt.notification;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cdtt.kernel.EngineClock;

/** The administrators' view of the outbox: counts, a filtered and paged table, and resending a notice. */
@Controller
@RequestMapping("/admin/notices")
@PreAuthorize("hasRole('ADMIN')")
class NoticeAdminPageController {

    static final int PAGE_SIZE = 50;
    /** Longer errors are cut in the table; the cell's title keeps the whole text. */
    static final int ERROR_SHOWN = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    /** A notice as the table shows it. */
    record Row(long id, String created, String kind, String recipient, String taskName, String unitName,
               String status, int attempts, String nextAttempt, String error, String errorShort, String sentAt,
               boolean resendable) {
    }

    private final NoticeAdmin admin;
    private final NoticeSender sender;

    NoticeAdminPageController(NoticeAdmin admin, NoticeSender sender) {
        this.admin = admin;
        this.sender = sender;
    }

    @GetMapping
    String list(@RequestParam(name = "status", required = false) String status,
                @RequestParam(name = "recipient", required = false) String recipient,
                @RequestParam(name = "page", defaultValue = "1") String page, Model model) {
        // An unknown status or page number in a hand-written address shows everything from page one.
        String shownStatus = knownStatus(status) ? status : null;
        String shownRecipient = recipient == null || recipient.isBlank() ? null : recipient.strip();
        int pageNumber = pageNumber(page);
        NoticeAdmin.Page found = admin.find(shownStatus, shownRecipient, offsetOf(pageNumber), PAGE_SIZE);
        int pages = pagesOf(found.total());
        if (pageNumber > pages) {
            // A page past the last (?page=2147483647 in a hand-written address): there is no such page.
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("configured", sender.configured());
        model.addAttribute("counts", admin.counts());
        model.addAttribute("statuses", NoticeAdmin.STATUSES);
        model.addAttribute("status", shownStatus);
        model.addAttribute("recipient", shownRecipient);
        model.addAttribute("page", pageNumber);
        model.addAttribute("pages", pages);
        model.addAttribute("total", found.total());
        model.addAttribute("rows", found.notices().stream().map(NoticeAdminPageController::row).toList());
        return "notices/admin";
    }

    @PostMapping("/{id:\\d+}/resend")
    String resend(@PathVariable("id") long id, @RequestParam(name = "status", required = false) String status,
                  @RequestParam(name = "recipient", required = false) String recipient,
                  @RequestParam(name = "page", required = false) String page, RedirectAttributes redirect) {
        boolean resent = admin.resend(id);
        // A string, so the id is not shown with a thousands separator ("1.424").
        redirect.addFlashAttribute(resent ? "resent" : "notResendable", String.valueOf(id));
        // Back to the same filter and page.
        if (knownStatus(status)) {
            redirect.addAttribute("status", status);
        }
        if (recipient != null && !recipient.isBlank()) {
            redirect.addAttribute("recipient", recipient.strip());
        }
        if (page != null && pageNumber(page) > 1) {
            // The resent notice may have left the filter and its page with it: back to a page that still exists.
            int pages = pagesOf(admin.find(knownStatus(status) ? status : null, recipient, 0, 1).total());
            int back = Math.min(pageNumber(page), pages);
            if (back > 1) {
                redirect.addAttribute("page", back);
            }
        }
        return "redirect:/admin/notices";
    }

    /** A page of its own rather than the framework's problem JSON: the caller is a browser. */
    @ExceptionHandler(UnknownNoticeException.class)
    ModelAndView unknown(UnknownNoticeException e) {
        return new ModelAndView("error/404", HttpStatus.NOT_FOUND);
    }

    /** Null-safe: the immutable list refuses to look for null. */
    private static boolean knownStatus(String status) {
        return status != null && NoticeAdmin.STATUSES.contains(status);
    }

    /** The first row of a page; a page far past the last gives an offset past every row, never an overflow. */
    private static int offsetOf(int pageNumber) {
        return (int) Math.min(Integer.MAX_VALUE, (pageNumber - 1L) * PAGE_SIZE);
    }

    private static int pagesOf(int total) {
        return Math.max(1, (int) ((total + (long) PAGE_SIZE - 1) / PAGE_SIZE));
    }

    private static int pageNumber(String page) {
        try {
            return Math.max(1, Integer.parseInt(page));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Row row(Notice notice) {
        String error = notice.lastError();
        String errorShort = error == null || error.length() <= ERROR_SHOWN ? error
                : error.substring(0, ERROR_SHOWN) + "…";
        return new Row(notice.id(), time(notice.createdAt()), notice.kind().name(), notice.recipient(),
                notice.taskName(), notice.unitName(), notice.status(), notice.attempts(),
                ("PENDING".equals(notice.status()) || "RETRYING".equals(notice.status())) ? time(notice.nextAttemptAt()) : null,
                error, errorShort, time(notice.sentAt()), NoticeAdmin.resendable(notice.status()));
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(EngineClock.zone()));
    }
}
