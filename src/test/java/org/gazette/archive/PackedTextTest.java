package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PackedTextTest {
    private static final String CLEANED = "Allies agree to bolster the eastern flank\n\n\u201CWe will defend every inch,\u201D "
            + "Jens Stoltenberg said. Wójcik and Zelenskyy spoke after him.";
    private static final String ORIGINAL = "Watch LIVE\nAllies agree to bolster the eastern flank\nPhoto: Reuters\n\n"
            + "\u201CWe will defend every inch,\u201D Jens Stoltenberg said. Wójcik and Zelenskyy spoke after him.\nMost recent\n";

    @Test
    void theOriginalComesBackByteForByteAndTakesLittleMoreThanItsFurniture() {
        PackedText.Texts packed = PackedText.packTexts(ORIGINAL, CLEANED);
        assertEquals(CLEANED, PackedText.unpack(packed.cleaned(), ""));
        assertEquals(ORIGINAL, PackedText.unpack(packed.original(), CLEANED));
        assertTrue(packed.original().length < ORIGINAL.getBytes(StandardCharsets.UTF_8).length / 2, packed.original().length + " bytes");
        assertArrayEquals(packed.original(), PackedText.packOriginal(ORIGINAL, CLEANED), "the same texts, the same bytes");
    }

    @Test
    void longTextsEmptyTextsAndRowsStoredAsPlainText() {
        String longCleaned = "A paragraph of the story, with numbers 1, 2 and 3.\n\n".repeat(2_000).strip(); // over 32 KB
        String longOriginal = "Advertisement\n" + longCleaned.replace("\n\n", "\r\n") + "\nAbout the writer\n";
        byte[] packed = PackedText.packOriginal(longOriginal, longCleaned);
        assertEquals(longOriginal, PackedText.unpack(packed, longCleaned));
        assertTrue(packed.length < 2_000, packed.length + " bytes for a 104 KB text");
        assertEquals("", PackedText.unpack(PackedText.packOriginal("", ""), ""));
        assertEquals("furniture only", PackedText.unpack(PackedText.packOriginal("furniture only", ""), ""));
        assertEquals(ORIGINAL, PackedText.unpack(ORIGINAL, CLEANED), "a row from before packing is read as it is");
    }

    @Test
    void originalsDeflatedAgainstTheCleanedTextByOlderArchivesStillUnpack() {
        for (int level : new int[] {java.util.zip.Deflater.DEFAULT_COMPRESSION, PackedText.LEVEL}) {
            byte[] dictionary = CLEANED.getBytes(StandardCharsets.UTF_8);
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(level);
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

    @Test
    void textsAndEditScriptsDeflatedByOlderArchivesStillUnpack() {
        assertEquals(CLEANED, PackedText.unpack(PackedText.deflate(CLEANED.getBytes(StandardCharsets.UTF_8)), ""));
        byte[] zstd = PackedText.packOriginal(ORIGINAL, CLEANED);
        assertEquals(2, zstd[0], "an edit script compressed with zstd");
        byte[] script = com.github.luben.zstd.Zstd.decompress(java.util.Arrays.copyOfRange(zstd, 1, zstd.length), 4096);
        byte[] deflated = PackedText.deflate(script);
        byte[] older = new byte[deflated.length + 1];
        older[0] = 1; // the marker of a deflated edit script
        System.arraycopy(deflated, 0, older, 1, deflated.length);
        assertEquals(ORIGINAL, PackedText.unpack(older, CLEANED));
    }

    @Test
    void aDamagedCleanedTextIsReportedNotMisread() {
        byte[] packed = PackedText.packTexts(ORIGINAL, CLEANED).cleaned();
        byte[] cut = java.util.Arrays.copyOf(packed, packed.length - 5);
        ArchiveException e = assertThrows(ArchiveException.class, () -> PackedText.unpack(cut, ""));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }

    @Test
    void aDamagedOriginalIsReportedNotMisread() {
        byte[] packed = PackedText.packOriginal(ORIGINAL, CLEANED);
        byte[] cut = java.util.Arrays.copyOf(packed, 4);
        ArchiveException e = assertThrows(ArchiveException.class, () -> PackedText.unpack(cut, CLEANED));
        assertTrue(e.getMessage().contains("damaged"), e.getMessage());
    }
}
