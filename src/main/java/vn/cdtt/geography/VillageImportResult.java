package vn.cdtt.geography;

public record VillageImportResult(int created, int updated) {
}
