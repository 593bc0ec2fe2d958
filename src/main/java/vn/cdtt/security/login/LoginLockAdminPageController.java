package vn.cdtt.security.login;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.cdtt.kernel.EngineClock;

/** Administrators see throttled and Camunda-locked logins and unlock them. */
@Controller
@RequestMapping("/admin/logins")
@PreAuthorize("hasRole('ADMIN')")
class LoginLockAdminPageController {

    static final int SHOWN = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");

    record ThrottleRow(String account, String client, int failures, String lastFailure, String blockedUntil,
                       boolean blocked) {
    }

    record LockRow(String userId, int attempts, String lockedUntil) {
    }

    private final LoginThrottle throttle;
    private final CamundaLocks locks;
    private final IdentityService identity;

    LoginLockAdminPageController(LoginThrottle throttle, CamundaLocks locks, IdentityService identity) {
        this.throttle = throttle;
        this.locks = locks;
        this.identity = identity;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rows", throttle.rows(SHOWN).stream().map(r -> new ThrottleRow(r.account(), r.client(),
                r.failures(), time(r.lastFailure()), time(r.blockedUntil()), r.blocked())).toList());
        model.addAttribute("locks", locks.recorded(SHOWN).stream().map(l -> new LockRow(l.userId(), l.attempts(),
                time(l.lockedUntil()))).toList());
        return "logins/admin";
    }

    /** Forgets the account's failures at every address and Camunda's lock of it. */
    @PostMapping("/unlock-account")
    String unlockAccount(@RequestParam(name = "account", required = false) String account,
                         RedirectAttributes redirect) {
        if (account == null || account.isBlank() || account.length() > LoginThrottle.ACCOUNT_KEY_LENGTH) {
            redirect.addFlashAttribute("invalid", true);
            return "redirect:/admin/logins";
        }
        throttle.unlockAccount(account);
        if (identity.createUserQuery().userId(account.strip()).count() > 0) {
            identity.unlockUser(account.strip());
        }
        redirect.addFlashAttribute("unlocked", account.strip());
        return "redirect:/admin/logins";
    }

    @PostMapping("/unlock-address")
    String unlockAddress(@RequestParam(name = "client", required = false) String client,
                         RedirectAttributes redirect) {
        if (client == null || client.isBlank() || client.length() > 64) {
            redirect.addFlashAttribute("invalid", true);
            return "redirect:/admin/logins";
        }
        throttle.unlockAddress(client.strip());
        redirect.addFlashAttribute("addressUnlocked", client.strip());
        return "redirect:/admin/logins";
    }

    private static String time(Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(EngineClock.zone()));
    }
}
