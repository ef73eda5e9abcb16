package org.gazette.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.Metadata;
import org.gazette.archive.Provenance;

/**
 * Turns an article's text into metadata and a cleaned body. What the text does not say is filled from the
 * file's place: the outlet from its folder when files are kept as {@code articles/<outlet>/…}, the title
 * from the file name when it reads as words, else from the text's opening words.
 */
public final class ArticleParser {
    private final CleanupChain chain;

    public ArticleParser(CleanupChain chain) { this.chain = chain; }

    public static ArticleParser standard() { return new ArticleParser(CleanupChain.standard()); }

    public ParsedArticle parse(String text, Path file) {
        ArticleDraft draft = chain.run(text);
        Metadata m = draft.metadata().copy();
        MetaValue title = m.get(MetaField.TITLE);
        // a file that is nothing but a headline (a one-line note, a clipped lead) keeps that line as its text
        String onlyLine = draft.body().isBlank() && title.source() == Provenance.TEXT ? title.value() : null;
        if (!m.get(MetaField.OUTLET).isPresent()) {
            String folder = outletFolder(file);
            if (folder != null) {
                m.set(MetaField.OUTLET, MetaValue.of(folder, Provenance.FOLDER));
            }
        }
        if (!m.get(MetaField.TITLE).isPresent()) {
            // a name the user gave the file says more than the opening words; an id or a hash says nothing
            String opening = openingWords(draft.body());
            if (file != null && (opening == null || readsAsWords(baseName(file)))) {
                m.set(MetaField.TITLE, MetaValue.of(titleFromFileName(file), Provenance.FILE_NAME));
            } else if (opening != null) {
                m.set(MetaField.TITLE, MetaValue.of(opening, Provenance.OPENING_LINE));
            }
        }
        for (MetaField field : new MetaField[] {MetaField.TITLE, MetaField.BYLINE, MetaField.OUTLET}) {
            MetaValue value = m.get(field);
            String repaired = Mojibake.repair(value.value());
            if (repaired != value.value()) {
                m.set(field, MetaValue.of(repaired, value.source())); // "ObamaÃ¢â‚¬â„¢s demand" shown as "Obama’s demand"
            }
        }
        String body = onlyLine != null ? onlyLine : draft.body();
        return new ParsedArticle(m, body, draft.removedLines(), contentHash(body));
    }

    /** The outlet named by the folder in {@code …/articles/<outlet>/file.txt}, prettified; null otherwise. */
    static String outletFolder(Path file) {
        if (file == null) {
            return null;
        }
        Path parent = file.toAbsolutePath().normalize().getParent();
        if (parent == null || parent.getParent() == null || parent.getParent().getFileName() == null) {
            return null;
        }
        if (!parent.getParent().getFileName().toString().equalsIgnoreCase("articles")) {
            return null;
        }
        return prettify(parent.getFileName().toString());
    }

    static String titleFromFileName(Path file) {
        return prettify(baseName(file));
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** Titles taken from the text's opening are at most this many words; a longer first line is cut, with "…". */
    private static final int OPENING_WORDS = 20;
    private static final int OPENING_CUT = 12;

    /**
     * The text's first line as a title (the line stays in the text: it may be the story's first sentence), cut to its
     * first words when it is long; null for an empty text.
     */
    static String openingWords(String body) {
        for (int from = 0; from < body.length(); ) {
            int end = body.indexOf('\n', from);
            end = end < 0 ? body.length() : end;
            // no more words split off than a title can use: a text of one 5 MB line was split into a million words
            String[] words = Lines.SPACES.split(body.substring(from, end).strip(), OPENING_WORDS + 2);
            from = end + 1;
            if (words[0].isEmpty()) {
                continue;
            }
            return words.length <= OPENING_WORDS ? String.join(" ", words)
                    : String.join(" ", java.util.Arrays.copyOf(words, OPENING_CUT)).replaceAll("[,;:]$", "") + "…";
        }
        return null;
    }

    /**
     * Whether a file name reads as words ("nato-summit_reuters", "Bridge vote 2024"): each part between separators is
     * a number or letters cased as words are (lower, Capitalised, UPPER), and one part has letters. An id
     * ("2aLMSBFnrCtBuIZ3") or a hash ("00032b480e8c") mixes digits and letters or flips case inside a part.
     */
    static boolean readsAsWords(String name) {
        boolean letters = false;
        for (String part : name.split("[-_ .,()]+")) {
            if (part.isEmpty() || part.chars().allMatch(Character::isDigit)) {
                continue;
            }
            if (!part.chars().allMatch(Character::isLetter)) {
                return false;
            }
            String rest = part.substring(1);
            if (!rest.equals(rest.toLowerCase(Locale.ROOT)) && !part.equals(part.toUpperCase(Locale.ROOT))) {
                return false;
            }
            letters = true;
        }
        return letters;
    }

    /** "capital-herald" → "Capital Herald"; a name that already has capitals is kept as written. */
    static String prettify(String slug) {
        String spaced = slug.replace('_', ' ').replace('-', ' ').strip();
        if (!spaced.equals(spaced.toLowerCase(Locale.ROOT))) {
            return spaced;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : spaced.split("\\s+")) {
            if (!w.isEmpty()) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return sb.toString();
    }

    /**
     * The text as its hash sees it: lower case, curly quotes straight, every run of white space (as {@code \\s}
     * matches it) one space, trimmed. One pass after lowercasing: five copies and a regex replacement were half of
     * what parsing an article cost.
     */
    static String normalForHash(String body) {
        String lower = body.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean space = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    out.append(' ');
                    space = true;
                }
                continue;
            }
            space = false;
            out.append(c == '\u2018' || c == '\u2019' ? '\'' : c == '\u201C' || c == '\u201D' ? '"' : c);
        }
        return out.toString().strip();
    }

    /**
     * {@code normalForHash(body)} in UTF-8, folded and encoded in one pass straight into bytes: the string's copies
     * (lower-cased, built, stripped) were a fifth of cleaning an article, and folding into chars, then building a string
     * and encoding it, still a sixth (22,682 AllSides articles). Chars whose lower case depends on where they stand
     * ('Σ', 'İ') and surrogate pairs take the long way.
     */
    static byte[] normalForHashUtf8(String body) {
        Folded f = foldForHash(body);
        return java.util.Arrays.copyOf(f.bytes(), f.length());
    }

    /** {@code normalForHash(body)} in UTF-8: the first {@code length} bytes of {@code bytes}. */
    private record Folded(byte[] bytes, int length) { }

    private static Folded foldForHash(String body) {
        char[] in = body.toCharArray(); // read from an array: String.charAt checks its coder and bounds for every char
        int n = in.length;
        // room for a byte a char: an ASCII char never needs more, so only the others check for room
        byte[] out = new byte[n + 16];
        int len = 0;
        int kept = 0; // up to the last char that is not white space: the end stripped as String.strip does it
        boolean space = true; // before the first char: leading white space is dropped
        for (int i = 0; i < n; i++) {
            char c = in[i];
            if (c > ' ' && c < 128) { // most chars
                out[len++] = (byte) (c >= 'A' && c <= 'Z' ? c | 32 : c);
                kept = len;
                space = false;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    out[len++] = ' ';
                    space = true;
                }
                continue;
            }
            if (c == '\u0130' || c == '\u03A3' || Character.isSurrogate(c)) {
                byte[] slow = normalForHash(body).getBytes(StandardCharsets.UTF_8);
                return new Folded(slow, slow.length);
            }
            char lower = c < 128 ? c : Character.toLowerCase(c);
            lower = lower == '\u2018' || lower == '\u2019' ? '\'' : lower == '\u201C' || lower == '\u201D' ? '"' : lower;
            boolean white = Character.isWhitespace(lower); // one that does not fold to a space ('\u2003', '\u001F')
            if (white && len == 0) {
                continue;
            }
            space = false;
            if (out.length - len < 3 + (n - i - 1)) {
                out = java.util.Arrays.copyOf(out, Math.max(out.length * 2, len + 3 + (n - i - 1)));
            }
            if (lower < 0x80) {
                out[len++] = (byte) lower;
            } else if (lower < 0x800) {
                out[len++] = (byte) (0xC0 | lower >> 6);
                out[len++] = (byte) (0x80 | lower & 0x3F);
            } else {
                out[len++] = (byte) (0xE0 | lower >> 12);
                out[len++] = (byte) (0x80 | lower >> 6 & 0x3F);
                out[len++] = (byte) (0x80 | lower & 0x3F);
            }
            if (!white) {
                kept = len;
            }
        }
        return new Folded(out, kept);
    }

    /**
     * Identity of an article's content: the cleaned body with case, white space and quote styles folded, so
     * the same article pasted twice (or saved under another title) is recognised as one.
     */
    public static String contentHash(String body) {
        try {
            Folded folded = foldForHash(body);
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(folded.bytes(), 0, folded.length());
            byte[] digest = sha.digest();
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
