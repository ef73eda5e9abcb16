package org.gazette.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Undoes mojibake: UTF-8 text that some tool read as Windows-1252 and saved again, once or twice over ("Obamaâ€™s",
 * "ObamaÃ¢â‚¬â„¢s" for "Obama’s"; 157 of AllSides' headlines are so). Word by word: a word's characters are turned
 * back into the Windows-1252 bytes they were read from, and kept as UTF-8 only when those bytes are valid UTF-8 that
 * says it in fewer characters; a word with a real accent ("café", "naïve") is no valid UTF-8 that way and stays.
 */
public final class Mojibake {
    private Mojibake() { }

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** The byte each character from U+0080 up was read from, or -1: Windows-1252's table, and its five unmapped bytes as themselves. */
    private static final int[] BYTE_OF = byteTable();

    private static int[] byteTable() {
        int[] table = new int[0x2200];
        java.util.Arrays.fill(table, -1);
        CharsetDecoder decoder = WINDOWS_1252.newDecoder().onUnmappableCharacter(CodingErrorAction.REPORT)
                .onMalformedInput(CodingErrorAction.REPORT);
        for (int b = 0x80; b <= 0xFF; b++) {
            try {
                char c = decoder.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
                table[c] = b;
            } catch (CharacterCodingException unmapped) {
                table[b] = b; // 0x81, 0x8D, 0x8F, 0x90, 0x9D: lenient readers keep them as U+0081 …
            }
        }
        return table;
    }

    /** {@code text} with its mojibake words repaired (up to three readings deep); the same string when there are none. */
    public static String repair(String text) {
        if (text == null) {
            return null;
        }
        for (int round = 0; round < 3; round++) {
            String repaired = once(text);
            if (repaired == text) {
                return text;
            }
            text = repaired;
        }
        return text;
    }

    private static String once(String text) {
        StringBuilder out = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            boolean high = false;
            while (end < n && !Character.isWhitespace(text.charAt(end))) {
                high |= text.charAt(end) >= 0x80;
                end++;
            }
            String fixed = high ? word(text, i, end) : null;
            if (fixed != null) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                out.append(fixed);
            } else if (out != null) {
                out.append(text, i, end);
            }
            if (out != null && end < n) {
                int next = end;
                while (next < n && Character.isWhitespace(text.charAt(next))) {
                    next++;
                }
                out.append(text, end, next);
                end = next;
            }
            i = end;
        }
        return out == null ? text : out.toString();
    }

    /** The word in {@code [from, to)} read back as UTF-8, or null when it is no mojibake. */
    private static String word(String text, int from, int to) {
        byte[] bytes = new byte[to - from];
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            int b = c < 0x80 ? c : c < BYTE_OF.length ? BYTE_OF[c] : -1;
            if (b < 0) {
                return null; // a character Windows-1252 has no byte for: not read that way
            }
            bytes[k - from] = (byte) b;
        }
        try {
            String decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
            return decoded.length() < to - from ? decoded : null;
        } catch (CharacterCodingException notUtf8) {
            return null;
        }
    }
}
