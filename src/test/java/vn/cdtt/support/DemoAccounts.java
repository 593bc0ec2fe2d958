package vn.cdtt.support;

/** Accounts of the demo organisation that tests log in as. */
public final class DemoAccounts {

    public static final String PASSWORD = "Demo@2022cds";
    /** Sở TT&TT Hậu Giang. */
    public static final String DIGITAL_DEPT = "hg-stttt";
    /** Provincial leadership. */
    public static final String LEADER = "hg-lanhdao";
    /** People's Committee of Phường I, Vị Thanh (commune 31318). */
    public static final String COMMUNE_A = "hg-xa-31318";
    public static final String COMMUNE_A_CODE = "31318";
    /** People's Committee of Phường III, Vị Thanh (commune 31321). */
    public static final String COMMUNE_B = "hg-xa-31321";
    public static final String COMMUNE_B_CODE = "31321";
    /** People's Committee of Thành phố Vị Thanh (district 930, parent of both communes). */
    public static final String DISTRICT = "hg-huyen-930";

    private DemoAccounts() {
    }
}
