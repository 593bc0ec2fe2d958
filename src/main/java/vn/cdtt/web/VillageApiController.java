package vn.cdtt.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.cdtt.geography.VillageImportResult;
import vn.cdtt.geography.VillageImportService;
import vn.cdtt.geography.VillageQueries;
import vn.cdtt.kernel.EngineClock;
import vn.cdtt.organization.OfficialScopes;
import vn.cdtt.security.Roles;
import vn.cdtt.tenancy.ProvinceScope;

/** REST access to villages: CSV import (raw body or multipart) and a listing per commune of the caller's province. */
@RestController
@RequestMapping("/api/villages")
class VillageApiController {

    private final VillageImportService importer;
    private final VillageQueries queries;
    private final OfficialScopes scopes;
    private final ProvinceScope provinces;

    VillageApiController(VillageImportService importer, VillageQueries queries, OfficialScopes scopes,
                         ProvinceScope provinces) {
        this.importer = importer;
        this.queries = queries;
        this.scopes = scopes;
        this.provinces = provinces;
    }

    @PostMapping(path = "/import", consumes = {"text/csv",
            MediaType.APPLICATION_OCTET_STREAM_VALUE})
    VillageImportResult importBody(@RequestBody byte[] csv, @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   Authentication user) {
        return importer.importCsv(csv, asOfOrToday(asOf), scopes.scopeOf(user.getName(), Roles.isAdmin(user)));
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    VillageImportResult importFile(@RequestPart("file") MultipartFile file, @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   Authentication user) throws IOException {
        return importBody(file.getBytes(), asOf, user);
    }

    @GetMapping
    List<Map<String, Object>> list(@RequestParam("commune") String communeCode, @RequestParam(required = false)
                                   @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                   Authentication user) {
        // Another province's commune is refused (403 naming the field): each province sees only its own.
        return queries.villagesOf(communeCode, asOfOrToday(asOf),
                commune -> provinces.require(user, commune, "commune"));
    }

    static LocalDate asOfOrToday(LocalDate asOf) {
        return asOf == null ? EngineClock.today() : asOf;
    }
}
