package vn.cdtt.kernel.input;

/**
 * Characters no official's text needs: control characters (a NUL fails the database write later, outside any form)
 * and the bidirectional overrides that make a name display other than it reads. Tab and line breaks only where the
 * field takes several lines. Task forms, village files and YAML files are all checked with this one rule.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    public static boolean acceptable(String text, boolean multiLine) {
        return firstRefused(text, multiLine) < 0;
    }

    /** The index (in chars) of the first character refused, or -1 if every one is acceptable. */
    public static int firstRefused(String text, boolean multiLine) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!acceptable(c, multiLine)) {
                return i;
            }
            i += Character.charCount(c);
        }
        return -1;
    }

    /** The refused character as people look it up, e.g. {@code U+202E}. */
    public static String codeOf(String text, int index) {
        return String.format("U+%04X", text.codePointAt(index));
    }

    /** The 1-based position of the character at this index, counted in characters as people see them. */
    public static int positionOf(String text, int index) {
        return text.codePointCount(0, index) + 1;
    }

    private static boolean acceptable(int c, boolean multiLine) {
        if (c == '\n' || c == '\r' || c == '\t') {
            return multiLine;
        }
        if (Character.getType(c) == Character.CONTROL) {
            return false;
        }
        return !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069) && c != 0x200E && c != 0x200F
                && c != 0x061C;
    }
}
