package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackedTextTest {
    private static final String CLEANED = "Allies agree to bolster the eastern flank\n\n\u201CWe will defend every inch,\u201D "
            + "Jens Stoltenberg said. Wójcik and Zelenskyy spoke after him.\n";
    private static final String ORIGINAL = "Watch LIVE\nAllies agree to bolster the eastern flank\nPhoto: Reuters\n\n"
            + "\u201CWe will defend every inch,\u201D Jens Stoltenberg said. Wójcik and Zelenskyy spoke after him.\nMost recent\n";

    @Test
    void theOriginalComesBackByteForByteAndTakesLittleMoreThanItsFurniture() {
        byte[] packed = PackedText.pack(ORIGINAL, CLEANED);
        assertEquals(ORIGINAL, PackedText.unpack(packed, CLEANED));
        assertTrue(packed.length < ORIGINAL.getBytes(StandardCharsets.UTF_8).length / 2, packed.length + " bytes");
    }

    @Test
    void longTextsEmptyTextsAndRowsStoredAsPlainText() {
        String longCleaned = "A paragraph of the story, with numbers 1, 2 and 3.\n".repeat(2_000); // over the 32 KB window
        String longOriginal = "Advertisement\n" + longCleaned + "About the writer\n";
        assertEquals(longOriginal, PackedText.unpack(PackedText.pack(longOriginal, longCleaned), longCleaned));
        assertEquals("", PackedText.unpack(PackedText.pack("", ""), ""));
        assertEquals("furniture only", PackedText.unpack(PackedText.pack("furniture only", ""), ""));
        assertEquals(ORIGINAL, PackedText.unpack(ORIGINAL, CLEANED), "a row from before packing is read as it is");
        assertEquals(CLEANED, PackedText.unpack(PackedText.pack(CLEANED, ""), ""), "a text packed without a dictionary");
    }

    @Test
    void textsPackedAtTheLevelOlderArchivesUsedStillUnpack() {
        byte[] dictionary = CLEANED.getBytes(StandardCharsets.UTF_8);
        java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION);
        deflater.setDictionary(dictionary);
        deflater.setInput(ORIGINAL.getBytes(StandardCharsets.UTF_8));
        deflater.finish();
        byte[] buf = new byte[4096];
        int n = deflater.deflate(buf);
        deflater.end();
        assertTrue(n > 0 && n < buf.length);
        assertEquals(ORIGINAL, PackedText.unpack(java.util.Arrays.copyOf(buf, n), CLEANED));
    }
}
