package vn.cdtt.dashboard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.cdtt.kernel.EngineClock;
import vn.cdtt.security.Roles;

/** The leaders' view of their drives: list, roll-up with drill-down, and the Excel export. */
@Controller
class DashboardController {

    private final CampaignDashboard dashboard;
    private final RollUpWorkbook workbook;

    DashboardController(CampaignDashboard dashboard, RollUpWorkbook workbook) {
        this.dashboard = dashboard;
        this.workbook = workbook;
    }

    @GetMapping("/dashboard")
    String drives(Authentication user, Model model) {
        model.addAttribute("drives", dashboard.drives(viewer(user)));
        return "dashboard/drives";
    }

    @GetMapping("/dashboard/{campaignId}")
    String drive(@PathVariable long campaignId, @RequestParam(name = "unit", required = false) Long unit,
                 Authentication user, Model model) {
        model.addAttribute("view", view(user, campaignId, unit));
        return "dashboard/drive";
    }

    @GetMapping("/dashboard/{campaignId}/export.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long campaignId,
                                  @RequestParam(name = "unit", required = false) Long unit, Authentication user,
                                  Locale locale) throws IOException {
        CampaignDashboard.View view = view(user, campaignId, unit);
        String name = "tong-hop-" + view.unit().getCode() + "-" + EngineClock.today() + ".xlsx";
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(workbook.write(view, locale));
    }

    /** A drive or unit the viewer may not see is answered like one that does not exist. */
    private CampaignDashboard.View view(Authentication user, long campaignId, Long unit) {
        return dashboard.view(viewer(user), campaignId, unit)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static CampaignDashboard.Viewer viewer(Authentication user) {
        return new CampaignDashboard.Viewer(user.getName(), Roles.isAdmin(user));
    }
}
