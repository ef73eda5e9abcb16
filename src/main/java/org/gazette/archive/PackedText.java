package org.gazette.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How an article's texts are kept: deflated. The original text is packed with the cleaned text as the
 * compressor's dictionary: it is the cleaned text plus page furniture, so what is stored is little more than the
 * furniture. Both come back byte for byte. Rows written before packing hold plain text and are read as they are.
 */
final class PackedText {
    /** Deflate looks back at most 32 KB: the dictionary's last 32 KB are all it can use. */
    private static final int WINDOW = 32 * 1024;
    /**
     * Deflate's level 2 (its fast matcher): packing both texts of the 22,682 AllSides articles took 4.3 s of CPU
     * at the default level 6, a fifth of an import's work without quotations, and takes 2.9 s at level 2 for
     * 3.8 MB more (67.8 MB against 64.0 MB, from 137 MB of text). Level 1 saves 0.1 s more for 2 MB more; LZ4
     * packs in 1.0 s but to 96.7 MB, which would take the archive past twice the raw text. Any level unpacks.
     */
    static final int LEVEL = 2;

    private PackedText() { }

    /** An article's two texts as the archive stores them. */
    record Texts(byte[] original, byte[] cleaned) { }

    /** The cleaned text deflated, and the original against it (the cleaned text encoded once, for both). */
    static Texts packTexts(String original, String cleaned) {
        byte[] cleanedUtf8 = cleaned.getBytes(StandardCharsets.UTF_8);
        return new Texts(pack(original.getBytes(StandardCharsets.UTF_8), cleanedUtf8), pack(cleanedUtf8, new byte[0]));
    }

    /** {@code text} deflated, with {@code dictionary} (a text it mostly repeats, or "") to draw on. */
    static byte[] pack(String text, String dictionary) {
        return pack(text.getBytes(StandardCharsets.UTF_8), dictionary.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * As {@link #pack(String, String)}, for texts already in UTF-8: an import packs the cleaned text and, against
     * it, the original, and encodes the cleaned text once for both.
     */
    static byte[] pack(byte[] utf8, byte[] dictionaryUtf8) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            if (dictionaryUtf8.length > 0) {
                deflater.setDictionary(dictionaryUtf8, windowStart(dictionaryUtf8), dictionaryUtf8.length - windowStart(dictionaryUtf8));
            }
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

    /** The text of a stored value: packed bytes (with the dictionary they were packed with), or plain text. */
    static String unpack(Object stored, String dictionary) {
        if (stored instanceof String plain) {
            return plain;
        }
        byte[] packed = (byte[]) stored;
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(packed);
            ByteArrayOutputStream out = new ByteArrayOutputStream(packed.length * 4);
            byte[] buf = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buf);
                if (n == 0 && inflater.needsDictionary()) {
                    byte[] d = dictionary.getBytes(StandardCharsets.UTF_8);
                    inflater.setDictionary(d, windowStart(d), d.length - windowStart(d));
                } else if (n == 0 && (inflater.needsInput() || inflater.finished())) {
                    break;
                }
                out.write(buf, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
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
