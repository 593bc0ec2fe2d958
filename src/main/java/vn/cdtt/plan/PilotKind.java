package vn.cdtt.plan;

/** How the first teams are placed. */
public enum PilotKind {
    /** Each district picks communes (three-tier era only; Quảng Trị). */
    COMMUNES_PER_DISTRICT,
    /** The province picks communes (the only choice in the two-tier era). */
    PROVINCE_SELECTS,
    /** Every village of the plan's area by the deadline (Phú Ninh, Cần Thơ). */
    EVERY_VILLAGE
}
