package org.gazette.archive;

/** Where a stretch of one version of a text lies in another version of it (the same article cleaned again). */
final class TextRelocation {
    private TextRelocation() { }

    /**
     * The start, in {@code newText}, of the words {@code oldText[start, end)}: the occurrence nearest their old
     * place (cleaning removes or keeps whole lines, so they move by what went before them); -1 if they are gone.
     */
    static int find(String oldText, String newText, int start, int end) {
        if (start < 0 || end > oldText.length() || start >= end) {
            return -1;
        }
        String words = oldText.substring(start, end);
        int best = -1;
        for (int at = newText.indexOf(words); at >= 0; at = newText.indexOf(words, at + 1)) {
            if (best < 0 || Math.abs(at - start) < Math.abs(best - start)) {
                best = at;
            }
            if (at > start) {
                break; // later ones are farther still
            }
        }
        return best;
    }
}
