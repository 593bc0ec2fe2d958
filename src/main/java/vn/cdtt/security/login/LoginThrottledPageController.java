package vn.cdtt.security.login;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The login page again, with 429 and how long to wait; only reached by the form login's failure handler. */
@Controller
class LoginThrottledPageController {

    @RequestMapping(ThrottledLoginFailureHandler.THROTTLED_PAGE)
    String throttled(HttpServletRequest request, HttpServletResponse response, Model model) {
        Object retryAfter = request.getAttribute(ThrottledLoginFailureHandler.RETRY_AFTER_ATTRIBUTE);
        if (retryAfter == null) {
            return "redirect:/login";
        }
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        model.addAttribute("throttledSeconds", String.valueOf(retryAfter));
        return "login";
    }
}
