package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class WarmupTest {
    private static long warmupFolders() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("gazette-warmup")).count();
        }
    }

    @Test
    void theThrowawayArchiveIsOpenedSearchedAndRemoved() throws IOException {
        long before = warmupFolders();
        assertTrue(Warmup.run(), "a throwaway archive opens and answers a search");
        assertEquals(before, warmupFolders(), "the warm-up's archive is deleted after it");
    }
}
