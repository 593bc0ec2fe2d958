package vn.cdtt.organization;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Administrators load a province's organisation file (YAML). */
@RestController
@RequestMapping("/api/admin/organization")
@PreAuthorize("hasRole('ADMIN')")
class OrganizationApiController {

    private final OrganizationImportService importer;

    OrganizationApiController(OrganizationImportService importer) {
        this.importer = importer;
    }

    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml"})
    OrganizationImportResult importBody(@RequestBody byte[] yaml,
                                        @RequestParam(name = "name", defaultValue = "organization.yaml") String name) {
        return importer.importYaml(yaml, name, false);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    OrganizationImportResult importFile(@RequestPart("file") MultipartFile file) throws IOException {
        String name = file.getOriginalFilename() == null ? "organization.yaml" : file.getOriginalFilename();
        return importer.importYaml(file.getBytes(), name, false);
    }
}
