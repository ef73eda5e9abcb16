package org.gazette.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String TEXT = "Wójcik said: “Inflation is back” — £40 a month.";

    @Test
    void detectsEachSupportedEncoding() throws Exception {
        assertEquals(new DecodedText(TEXT, "UTF-8"), TextDecoder.decode(TEXT.getBytes(StandardCharsets.UTF_8)));
        assertEquals(new DecodedText(TEXT, "UTF-8 (BOM)"), TextDecoder.decode(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                TEXT.getBytes(StandardCharsets.UTF_8))));
        assertEquals(new DecodedText(TEXT, "UTF-16LE (BOM)"), TextDecoder.decode(concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                TEXT.getBytes(StandardCharsets.UTF_16LE))));
        assertEquals(new DecodedText(TEXT, "UTF-16BE (BOM)"), TextDecoder.decode(concat(new byte[] {(byte) 0xFE, (byte) 0xFF},
                TEXT.getBytes(StandardCharsets.UTF_16BE))));
    }

    @Test
    void fallsBackToWindows1252ForInvalidUtf8() throws Exception {
        String cp = "Caf\u00e9 \u201cquoted\u201d \u00a3";
        DecodedText d = TextDecoder.decode(cp.getBytes(Charset.forName("windows-1252")));
        assertEquals(cp, d.text());
        assertEquals("windows-1252", d.encoding());
    }

    @Test
    void refusesEmptyAndBinaryFilesWithReasons() {
        assertEquals("empty file", assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(new byte[0])).getMessage());
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
        assertEquals("binary file, not text", assertThrows(UnreadableFileException.class, () -> TextDecoder.decode(png)).getMessage());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
