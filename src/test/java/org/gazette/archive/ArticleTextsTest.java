package org.gazette.archive;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The texts snippets are cut from: as committed, read without the store's lock, and none once the store closes. */
class ArticleTextsTest {
    @TempDir Path tmp;

    @Test
    void cleanedTextsAreReadAsCommittedAndNotAfterTheArchiveCloses() throws Exception {
        ArticleStore store = ArticleStore.open(tmp);
        String original = "Photo: Reuters\nMayor Ana Markovic said the strike would end.";
        String cleaned = "Mayor Ana Markovic said the strike would end.";
        WriteResult r = store.write(List.of(IncomingArticle.of("/a.txt", 1, 1, original, cleaned, "UTF-8", "h1",
                new Metadata(), List.of())));
        long id = r.changedIds().get(0);
        Map<Long, String> texts = store.cleanedTexts(List.of(id, id + 99));
        assertEquals(Map.of(id, cleaned), texts, "the cleaned text, unpacked; an unknown id left out");
        synchronized (store) { // a writer holding the store's lock does not hold up another thread's search
            var read = java.util.concurrent.CompletableFuture.supplyAsync(() -> store.cleanedTexts(List.of(id)).get(id));
            assertEquals(cleaned, read.get(5, java.util.concurrent.TimeUnit.SECONDS));
        }
        store.close();
        assertTrue(store.cleanedTexts(List.of(id)).isEmpty(), "a search still running as the archive closes gets none");
    }
}
