package vn.cdtt.security.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officials change their own password, and nothing else of their user record: the current password is checked
 * through the login throttle (a wrong one counts as a failed login), the new one twice and against Camunda's password
 * policy, each broken rule named. The record itself is read-only to its owner in Camunda, so the write runs without
 * the official's authentication, after this page has checked everything.
 */
@Controller
@RequestMapping("/account/password")
class PasswordChangePageController {

    private final IdentityService identity;
    private final LoginAttempts attempts;
    private final ClientAddresses clients;
    private final MessageSource messages;

    PasswordChangePageController(IdentityService identity, LoginAttempts attempts, ClientAddresses clients,
                                 MessageSource messages) {
        this.identity = identity;
        this.attempts = attempts;
        this.clients = clients;
        this.messages = messages;
    }

    @GetMapping
    String form(java.security.Principal principal, Model model) {
        model.addAttribute("username", principal.getName());
        return "account/password";
    }

    @PostMapping
    String change(java.security.Principal principal,
                  @RequestParam(name = "currentPassword", required = false) String current,
                  @RequestParam(name = "newPassword", required = false) String next,
                  @RequestParam(name = "confirmPassword", required = false) String confirm,
                  HttpServletRequest request, HttpServletResponse response, Locale locale, Model model,
                  RedirectAttributes redirect) {
        String userId = principal.getName();
        model.addAttribute("username", userId);
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return refused(response, model, HttpStatus.BAD_REQUEST,
                    List.of(messages.getMessage("password.error.noAccount", new Object[] {userId}, locale)));
        }
        if (current == null || current.isEmpty()) {
            return refused(response, model, HttpStatus.BAD_REQUEST,
                    List.of(messages.getMessage("password.error.currentPassword.missing", null, locale)));
        }
        LoginAttempts.Outcome outcome = attempts.attempt(userId, current, clients.of(request));
        if (outcome instanceof LoginAttempts.Throttled throttled) {
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(throttled.retryAfterSeconds()));
            return refused(response, model, HttpStatus.TOO_MANY_REQUESTS, List.of(messages.getMessage(
                    "password.error.throttled", new Object[] {String.valueOf(throttled.retryAfterSeconds())},
                    locale)));
        }
        if (!(outcome instanceof LoginAttempts.Success)) {
            return refused(response, model, HttpStatus.BAD_REQUEST,
                    List.of(messages.getMessage("password.error.currentPassword", null, locale)));
        }
        List<String> problems = new ArrayList<>();
        if (next == null || next.isEmpty()) {
            problems.add(messages.getMessage("password.error.newPassword.missing", null, locale));
        } else {
            if (!next.equals(confirm)) {
                problems.add(messages.getMessage("password.error.confirmPassword", null, locale));
            }
            if (next.equals(current)) {
                problems.add(messages.getMessage("password.error.newPassword.same", null, locale));
            }
            PasswordPolicyResult policy = identity.checkPasswordAgainstPolicy(next, user);
            for (PasswordPolicyRule rule : policy.getViolatedRules()) {
                problems.add(ruleMessage(rule, locale));
            }
        }
        if (!problems.isEmpty()) {
            return refused(response, model, HttpStatus.BAD_REQUEST, problems);
        }
        saveAsEngine(user, next);
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/password";
    }

    /** Only the password changes; the rest of the record is written back as it was read. */
    private void saveAsEngine(User user, String password) {
        Authentication official = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            user.setPassword(password);
            identity.saveUser(user);
        } finally {
            if (official != null) {
                identity.setAuthentication(official);
            }
        }
    }

    private String ruleMessage(PasswordPolicyRule rule, Locale locale) {
        Object[] parameters = rule.getParameters() == null ? new Object[0]
                : rule.getParameters().values().toArray();
        String fallback = messages.getMessage("password.policy.other", new Object[] {rule.getPlaceholder()}, locale);
        return messages.getMessage("password.policy." + rule.getPlaceholder(), parameters, fallback, locale);
    }

    private static String refused(HttpServletResponse response, Model model, HttpStatus status,
                                  List<String> problems) {
        response.setStatus(status.value());
        model.addAttribute("problems", problems);
        return "account/password";
    }
}
