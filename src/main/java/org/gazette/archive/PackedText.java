package org.gazette.archive;

import com.github.luben.zstd.Zstd;
import com.github.luben.zstd.ZstdCompressCtx;
import com.github.luben.zstd.ZstdDecompressCtx;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * How an article's texts are kept. The cleaned text is compressed with zstd. The original is kept as an
 * {@link EditScript} of the cleaned text: it is the cleaned text plus page furniture, so what is stored is little
 * more than the furniture, compressed. Both come back byte for byte. Older rows are read as they are: texts
 * deflated, originals as deflated edit scripts or deflated with the cleaned text as the compressor's dictionary,
 * and plain text from before packing.
 */
final class PackedText {
    /** Deflate looks back at most 32 KB: the dictionary's last 32 KB are all it can use. */
    private static final int WINDOW = 32 * 1024;
    /**
     * Deflate's level 2 (its fast matcher): what older archives were written with, and what is written where zstd's
     * native code cannot be loaded.
     */
    static final int LEVEL = 2;
    /**
     * Zstd's level 1. The 22,682 AllSides files (137 MB) pack in 0.52 s of one core (a context reused) against
     * deflate's 1.76 s at level 2, to 63.6 MB against 64.6 MB. Packing runs on the import's reading threads, beside
     * cleanup and quotation finding. LZ4 is faster still but packs to 96.7 MB, which would take the archive past
     * twice the raw text.
     */
    static final int ZSTD_LEVEL = 1;

    private PackedText() { }

    /** An article's two texts as the archive stores them. */
    record Texts(byte[] original, byte[] cleaned) { }

    /**
     * The first byte of an original kept as a deflated edit script. Deflated rows start with a zlib header, whose
     * first byte for deflate's 32 KB window is 0x78.
     */
    private static final byte EDIT_SCRIPT = 1;
    /** The first byte of an original kept as an edit script compressed with zstd. */
    private static final byte EDIT_SCRIPT_ZSTD = 2;
    /** Zstd's frames start with these four bytes (0xFD2FB528, little-endian). */
    private static final byte[] ZSTD_MAGIC = {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD};
    /** Null when zstd's native code loads on this machine; otherwise why not (texts are then deflated). */
    private static final String ZSTD_MISSING = zstdMissing();
    /**
     * Zstd's contexts, reused: making one costs more than packing a short article. There are as many as threads
     * have used at once.
     */
    private static final Queue<ZstdCompressCtx> COMPRESSORS = new ConcurrentLinkedQueue<>();
    private static final Queue<ZstdDecompressCtx> DECOMPRESSORS = new ConcurrentLinkedQueue<>();

    private static String zstdMissing() {
        try {
            com.github.luben.zstd.util.Native.load();
            return null;
        } catch (LinkageError | RuntimeException e) {
            return String.valueOf(e.getMessage());
        }
    }

    /** The cleaned text compressed, and the original as edits of it. */
    static Texts packTexts(String original, String cleaned) {
        return new Texts(packOriginal(original, cleaned), pack(cleaned.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The original as edits of the cleaned text: {@link #EDIT_SCRIPT_ZSTD} (or {@link #EDIT_SCRIPT}, deflated), then
     * compressed together the length of the script's numbers, the numbers, and the spelled-out text. The same texts
     * always pack to the same bytes.
     */
    static byte[] packOriginal(String original, String cleaned) {
        EditScript.Script script = EditScript.of(original, cleaned);
        byte[] spelled = script.spelled().getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream plain = new ByteArrayOutputStream(script.ops().length + spelled.length + 5);
        EditScript.writeNumber(plain, script.ops().length);
        plain.writeBytes(script.ops());
        plain.writeBytes(spelled);
        byte[] packed = pack(plain.toByteArray());
        byte[] out = new byte[packed.length + 1];
        out[0] = ZSTD_MISSING == null ? EDIT_SCRIPT_ZSTD : EDIT_SCRIPT;
        System.arraycopy(packed, 0, out, 1, packed.length);
        return out;
    }

    /** Bytes compressed: with zstd, or deflated where its native code does not load. */
    static byte[] pack(byte[] plain) {
        if (ZSTD_MISSING != null) {
            return deflate(plain);
        }
        ZstdCompressCtx zstd = COMPRESSORS.poll();
        if (zstd == null) {
            zstd = new ZstdCompressCtx().setLevel(ZSTD_LEVEL);
        }
        try {
            return zstd.compress(plain);
        } finally {
            COMPRESSORS.offer(zstd);
        }
    }

    /** Bytes deflated, as older archives hold them. */
    static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(LEVEL);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, plain.length / 3));
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
        if (isZstd(packed, 0)) {
            return new String(unzstd(packed, 0), StandardCharsets.UTF_8);
        }
        if (packed[0] == EDIT_SCRIPT || packed[0] == EDIT_SCRIPT_ZSTD) {
            return unpackOriginal(packed, cleaned);
        }
        return inflate(packed, cleaned);
    }

    private static String unpackOriginal(byte[] packed, String cleaned) {
        try {
            byte[] plain = packed[0] == EDIT_SCRIPT_ZSTD ? unzstd(packed, 1) : inflateBytes(packed, 1, null);
            int[] at = {0};
            int length = EditScript.read(plain, at);
            int opsEnd = at[0] + length;
            String spelled = new String(plain, opsEnd, plain.length - opsEnd, StandardCharsets.UTF_8);
            return EditScript.apply(plain, at[0], opsEnd, spelled, cleaned);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ArchiveException("An article's stored original text is damaged: " + e.getMessage(), e);
        }
    }

    private static boolean isZstd(byte[] packed, int from) {
        return packed.length >= from + ZSTD_MAGIC.length
                && Arrays.equals(packed, from, from + ZSTD_MAGIC.length, ZSTD_MAGIC, 0, ZSTD_MAGIC.length);
    }

    /** The zstd frame at {@code packed[from..]}, decompressed. */
    private static byte[] unzstd(byte[] packed, int from) {
        if (ZSTD_MISSING != null) {
            throw new ArchiveException("An article's text is stored with zstd, whose native code does not load here: "
                    + ZSTD_MISSING);
        }
        long size = isZstd(packed, from) ? Zstd.getFrameContentSize(packed, from, packed.length - from) : -1;
        if (size < 0 || size > Integer.MAX_VALUE - 8) {
            throw new ArchiveException("An article's stored text is damaged: its zstd frame gives no length");
        }
        ZstdDecompressCtx zstd = DECOMPRESSORS.poll();
        if (zstd == null) {
            zstd = new ZstdDecompressCtx();
        }
        try {
            return zstd.decompress(packed, from, packed.length - from, (int) size);
        } catch (RuntimeException e) { // ZstdException: a frame cut short or corrupted
            throw new ArchiveException("An article's stored text is damaged: " + e.getMessage(), e);
        } finally {
            zstd.reset();
            DECOMPRESSORS.offer(zstd);
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
