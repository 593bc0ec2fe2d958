package vn.cdtt.web;

import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.cdtt.geography.VillageImportException;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.OfficialScopes;
import vn.cdtt.security.Roles;

/** The page where a commune or province official uploads a village list. */
@Controller
@RequestMapping("/villages/import")
class VillageImportPageController {

    private final VillageImportService importer;
    private final OfficialScopes scopes;
    private final MessageSource messages;

    VillageImportPageController(VillageImportService importer, OfficialScopes scopes, MessageSource messages) {
        this.importer = importer;
        this.scopes = scopes;
        this.messages = messages;
    }

    @GetMapping
    String form(Model model) {
        model.addAttribute("asOf", EngineClock.today());
        return "villages/import";
    }

    @PostMapping
    String upload(@RequestParam("file") MultipartFile file,
                  @RequestParam(name = "asOf", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                  LocalDate asOf, Authentication user, Locale locale, Model model, HttpServletResponse response)
            throws IOException {
        LocalDate date = asOf == null ? EngineClock.today() : asOf;
        model.addAttribute("asOf", date);
        if (file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("fileMissing", true);
            return "villages/import";
        }
        try {
            model.addAttribute("result", importer.importCsv(file.getBytes(), date,
                    scopes.scopeOf(user.getName(), Roles.isAdmin(user))));
        } catch (VillageImportException e) {
            // The page again listing the errors; the status tells scripts and tests the file was refused.
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", new ImportErrorMessages(messages).render(e.errors(), locale));
        }
        return "villages/import";
    }
}
