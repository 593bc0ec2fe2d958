package vn.cdtt.kernel;

import java.util.Locale;

/** The languages officials read: Vietnamese always (refusals, e-mails, Tasklist), English when they choose it. */
public final class Locales {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private Locales() {
    }
}
