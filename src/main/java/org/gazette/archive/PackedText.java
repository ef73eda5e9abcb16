package org.gazette.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How an article's texts are kept. The cleaned text is deflated. The original is kept as an {@link EditScript} of
 * the cleaned text: it is the cleaned text plus page furniture, so what is stored is little more than the
 * furniture, deflated. Both come back byte for byte. Rows written before edit scripts hold the original deflated
 * with the cleaned text as the compressor's dictionary, and rows written before packing hold plain text; both are
 * read as they are.
 */
final class PackedText {
    /** Deflate looks back at most 32 KB: the dictionary's last 32 KB are all it can use. */
    private static final int WINDOW = 32 * 1024;
    /**
     * Deflate's level 2 (its fast matcher), for the cleaned text and an original's spelled-out part. Measured when
     * both whole texts were deflated (before originals were edit scripts): packing them for the 22,682 AllSides
     * articles took 4.3 s of CPU at the default level 6, a fifth of an import's work without quotations, and 2.9 s
     * at level 2 for 3.8 MB more (67.8 MB against 64.0 MB, from 137 MB of text). Level 1 saves 0.1 s more for 2 MB
     * more; LZ4 packs in 1.0 s but to 96.7 MB, which would take the archive past twice the raw text. Any level unpacks.
     */
    static final int LEVEL = 2;

    private PackedText() { }

    /** An article's two texts as the archive stores them. */
    record Texts(byte[] original, byte[] cleaned) { }

    /**
     * The first byte of an original kept as an edit script. Deflated rows start with a zlib header, whose first
     * byte for deflate's 32 KB window is 0x78.
     */
    private static final byte EDIT_SCRIPT = 1;

    /** The cleaned text deflated, and the original as edits of it. */
    static Texts packTexts(String original, String cleaned) {
        return new Texts(packOriginal(original, cleaned), pack(cleaned.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The original as edits of the cleaned text: {@link #EDIT_SCRIPT}, then deflated together the length of the
     * script's numbers, the numbers, and the spelled-out text. The same texts always pack to the same bytes.
     */
    static byte[] packOriginal(String original, String cleaned) {
        EditScript.Script script = EditScript.of(original, cleaned);
        byte[] spelled = script.spelled().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(script.ops().length + spelled.length + 5);
        EditScript.writeNumber(plain, script.ops().length);
        plain.writeBytes(script.ops());
        plain.writeBytes(spelled);
        byte[] deflated = pack(plain.toByteArray());
        byte[] out = new byte[deflated.length + 1];
        out[0] = EDIT_SCRIPT;
        System.arraycopy(deflated, 0, out, 1, deflated.length);
        return out;
    }

    /** UTF-8 text deflated. */
    static byte[] pack(byte[] utf8) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(utf8);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, utf8.length / 3));
            byte[] buf = new byte[8192];
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The text of a stored value: packed bytes, or plain text. {@code cleaned} is the article's cleaned text, which an
     * original is packed against ("" when unpacking the cleaned text itself).
     */
    static String unpack(Object stored, String cleaned) {
        if (stored instanceof String plain) {
            return plain;
        }
        byte[] packed = (byte[]) stored;
        if (packed.length == 0) {
            return "";
        }
        if (packed[0] == EDIT_SCRIPT) {
            return unpackOriginal(packed, cleaned);
        }
        return inflate(packed, cleaned);
    }

    private static String unpackOriginal(byte[] packed, String cleaned) {
        try {
            byte[] plain = inflateBytes(packed, 1, null);
            int[] at = {0};
            int length = EditScript.read(plain, at);
            int opsEnd = at[0] + length;
            String spelled = new String(plain, opsEnd, plain.length - opsEnd, StandardCharsets.UTF_8);
            return EditScript.apply(plain, at[0], opsEnd, spelled, cleaned);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ArchiveException("An article's stored original text is damaged: " + e.getMessage(), e);
        }
    }

    /** Deflated text inflated; rows from before edit scripts were deflated against a dictionary, the cleaned text. */
    private static String inflate(byte[] packed, String dictionary) {
        byte[] plain = inflateBytes(packed, 0, dictionary);
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** {@code packed[from..]} inflated, drawing on {@code dictionary} if it was deflated against one. */
    private static byte[] inflateBytes(byte[] packed, int from, String dictionary) {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed, from, packed.length - from);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsDictionary() && dictionary != null) {
                    byte[] d = dictionary.getBytes(StandardCharsets.UTF_8);
                    inflater.setDictionary(d, windowStart(d), d.length - windowStart(d));
                } else if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new ArchiveException("An article's stored text is damaged: it ends early");
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new ArchiveException("An article's stored text is damaged: " + e.getMessage(), e);
        } finally {
            inflater.end();
        }
    }

    /** Where the part of a dictionary that deflate can use (its last {@link #WINDOW} bytes) starts. */
    private static int windowStart(byte[] dictionaryUtf8) {
        return Math.max(0, dictionaryUtf8.length - WINDOW);
    }
}
