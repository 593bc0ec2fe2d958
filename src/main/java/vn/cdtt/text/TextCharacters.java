package vn.cdtt.text;

/**
 * Characters no official's text needs: control characters (a NUL fails the database write later, outside any form)
 * and the bidirectional overrides that make a name display other than it reads. Tab and line breaks only where the
 * field takes several lines.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    public static boolean acceptable(String text, boolean multiLine) {
        return text.codePoints().allMatch(c -> acceptable(c, multiLine));
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
