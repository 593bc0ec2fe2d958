package vn.cdtt.plan;

/** Commendation forms. */
public enum AwardKind {
    /** Giấy khen: by the head of a commune, district or agency. */
    CERTIFICATE_OF_MERIT,
    /** Bằng khen: by the provincial Chairman. */
    PROVINCIAL_CERTIFICATE_OF_MERIT,
    /** Cờ thi đua. */
    EMULATION_FLAG
}
