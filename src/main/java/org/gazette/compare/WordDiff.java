package org.gazette.compare;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The word-level difference of two wordings of one quotation: a longest common subsequence of their words. */
public final class WordDiff {
    public enum Op { SAME, ONLY_A, ONLY_B }

    /** A run of words kept, or found in only one wording. */
    public record Edit(Op op, String words) { }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");
    /** Longer wordings are compared as whole texts (a quadratic table of this size stays small). */
    private static final int MAX_WORDS = 600;

    private WordDiff() { }

    public static List<Edit> of(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        if (x.size() > MAX_WORDS || y.size() > MAX_WORDS) {
            return a.equals(b) ? List.of(new Edit(Op.SAME, a)) : List.of(new Edit(Op.ONLY_A, a), new Edit(Op.ONLY_B, b));
        }
        int n = x.size();
        int m = y.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(x.get(i), y.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(x.get(i), y.get(j))) {
                add(out, Op.SAME, x.get(i++));
                j++;
            } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                add(out, Op.ONLY_B, y.get(j++));
            } else {
                add(out, Op.ONLY_A, x.get(i++));
            }
        }
        return Collections.unmodifiableList(out);
    }

    private static boolean same(String p, String q) {
        return p.toLowerCase(Locale.ROOT).replace('’', '\'').equals(q.toLowerCase(Locale.ROOT).replace('’', '\''));
    }

    private static void add(List<Edit> out, Op op, String word) {
        if (!out.isEmpty() && out.get(out.size() - 1).op() == op) {
            Edit last = out.remove(out.size() - 1);
            out.add(new Edit(op, last.words() + " " + word));
        } else {
            out.add(new Edit(op, word));
        }
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
