package vn.cdtt.notification;

import jakarta.servlet.http.HttpServletResponse;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a logged-in official chooses each notice at once or one digest a day. */
@Controller
@RequestMapping("/account/notices")
class NoticePreferencePageController {

    private final NoticePreferences preferences;

    NoticePreferencePageController(NoticePreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping
    String form(Authentication user, Model model) {
        return page(user, preferences.modeOf(user.getName()), model);
    }

    @PostMapping
    String save(@RequestParam(name = "mode", required = false) String mode, Authentication user, Model model,
                RedirectAttributes redirect, HttpServletResponse response) {
        Optional<NoticePreferences.Mode> current = preferences.modeOf(user.getName());
        if (current.isEmpty()) {
            return page(user, current, model);
        }
        try {
            if (!preferences.choose(user.getName(), mode)) {
                return page(user, Optional.empty(), model);
            }
        } catch (IllegalArgumentException unknownMode) {
            // The page again with its message; the status tells scripts and tests the choice was refused.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("invalid", true);
            return page(user, current, model);
        }
        redirect.addFlashAttribute("saved", true);
        return "redirect:/account/notices";
    }

    private static String page(Authentication user, Optional<NoticePreferences.Mode> mode, Model model) {
        model.addAttribute("username", user.getName());
        model.addAttribute("official", mode.isPresent());
        model.addAttribute("mode", mode.map(Enum::name).orElse(null));
        model.addAttribute("modes", NoticePreferences.Mode.values());
        return "notices/account";
    }
}
