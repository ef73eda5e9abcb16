package org.gazette.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a file's bytes into text, detecting the encoding: a byte-order mark (UTF-8, UTF-16 LE/BE) wins;
 * otherwise strict UTF-8; otherwise Windows-1252, the usual encoding of text saved by older Windows tools.
 * Binary and empty files are refused with a reason.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final int SNIFF = 8192;

    private TextDecoder() { }

    public static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) {
            throw new UnreadableFileException("empty file");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new DecodedText(strict(bytes, 3, StandardCharsets.UTF_8, "UTF-8 with BOM"), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE"), "UTF-16LE (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE"), "UTF-16BE (BOM)");
        }
        if (looksBinary(bytes)) {
            throw new UnreadableFileException("binary file, not text");
        }
        try {
            return new DecodedText(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            // Windows-1252 maps every byte but five; those few become U+FFFD rather than failing the file
            CharsetDecoder lenient = WINDOWS_1252.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            try {
                return new DecodedText(lenient.decode(ByteBuffer.wrap(bytes)).toString(), "windows-1252");
            } catch (CharacterCodingException impossible) {
                throw new UnreadableFileException("cannot decode the text");
            }
        }
    }

    private static String strict(byte[] bytes, int offset, Charset cs, String name) throws UnreadableFileException {
        try {
            CharBuffer chars = decoder(cs).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException("invalid " + name + " text (its byte-order mark promises " + name + ")");
        }
    }

    private static CharsetDecoder decoder(Charset cs) {
        return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** NUL bytes, or many control characters, in the first 8 KB mean a binary file (text never has them). */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control > n / 10;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
