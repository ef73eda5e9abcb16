package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    @TempDir Path dir;

    @Test
    void newArchiveIsAtLatestVersionAndReopensWithoutChange() {
        try (ArticleStore s = ArticleStore.open(dir)) {
            assertTrue(s.wasCreated());
            assertEquals(Migrations.latest(), s.schemaVersion());
        }
        try (ArticleStore s = ArticleStore.open(dir)) {
            assertFalse(s.wasCreated());
            assertEquals(Migrations.latest(), s.schemaVersion());
            assertEquals(0, s.count());
        }
    }
}
