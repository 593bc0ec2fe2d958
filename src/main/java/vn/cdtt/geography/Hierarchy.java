package vn.cdtt.geography;

/** The administrative hierarchies the product knows: three tiers until 30 June 2025, two tiers since. */
public enum Hierarchy {
    VN2022(3),
    VN2025(2);

    private final int tiers;

    Hierarchy(int tiers) {
        this.tiers = tiers;
    }

    public int tiers() {
        return tiers;
    }

    public boolean hasDistricts() {
        return tiers == 3;
    }
}
