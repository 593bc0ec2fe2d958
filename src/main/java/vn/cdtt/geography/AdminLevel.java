package vn.cdtt.geography;

public enum AdminLevel {
    PROVINCE,
    DISTRICT,
    COMMUNE
}
