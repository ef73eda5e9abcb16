package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gazette.TestData;
import org.gazette.search.RelatedHit;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Other coverage of a story, on the sample archive: several outlets' versions of the same events. */
class RelatedTest {
    @TempDir Path tmp;

    private static long idOf(Gazette g, String pathEnd) {
        return g.sourceArticles().entrySet().stream().filter(e -> e.getKey().replace('\\', '/').endsWith(pathEnd))
                .findFirst().orElseThrow().getValue();
    }

    private static Set<String> fileNames(Gazette g, List<RelatedHit> hits) {
        return hits.stream().map(h -> Path.of(h.source()).getParent().getFileName() + "/" + Path.of(h.source()).getFileName())
                .collect(Collectors.toSet());
    }

    @Test
    void theOtherOutletsVersionsOfAStoryComeFirst() {
        try (Gazette g = Gazette.open(tmp.resolve("a"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            List<RelatedHit> rate = g.related(idOf(g, "capital-herald/central-bank-rate-cut.txt"), 5);
            assertEquals(Set.of("harbor-city-post/central-bank-rate-cut.txt", "meridian-wire/central-bank-rate-cut.txt"),
                    fileNames(g, rate.subList(0, 2)), rate.toString());
            List<RelatedHit> fire = g.related(idOf(g, "meridian-wire/pinecrest-wildfire.txt"), 5);
            assertEquals(Set.of("capital-herald/pinecrest-fire-contained.txt", "northfield-ledger/pinecrest-wildfire.txt"),
                    fileNames(g, fire.subList(0, 2)), fire.toString());
            assertTrue(rate.stream().noneMatch(RelatedHit::copy), "other outlets' versions are not copies");
            assertTrue(rate.get(0).similarity() >= rate.get(rate.size() - 1).similarity());
        }
    }

    @Test
    void updatedArticlesDoNotChangeHowAlikeStoriesAre() {
        try (Gazette g = Gazette.open(tmp.resolve("u"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles()), TaskContext.NONE);
            long id = idOf(g, "capital-herald/central-bank-rate-cut.txt");
            List<RelatedHit> before = g.related(id, 3);
            // every article re-indexed once: the index keeps the replaced versions until it merges them
            for (long other : Set.copyOf(g.sourceArticles().values())) {
                g.updateMetadata(other, org.gazette.archive.MetaField.BYLINE, "Staff");
            }
            List<RelatedHit> after = g.related(id, 3);
            assertEquals(before.stream().map(RelatedHit::id).toList(), after.stream().map(RelatedHit::id).toList());
            for (int i = 0; i < before.size(); i++) {
                assertEquals(before.get(i).similarity(), after.get(i).similarity(), 1e-9, "similarity of " + before.get(i).title());
            }
        }
    }

    @Test
    void aRePastedCopyWithSmallEditsIsFlaggedAsACopy() throws Exception {
        Path src = TestData.articles().resolve("capital-herald/central-bank-rate-cut.txt");
        Path folder = Files.createDirectories(tmp.resolve("in"));
        String text = Files.readString(src);
        Files.writeString(folder.resolve("original.txt"), text.replaceFirst("\n\n", "\n\nAnalysts expect another cut before the winter, two economists said on Friday.\n\n"));
        Files.writeString(folder.resolve("repasted.txt"), text.replaceFirst("\n\n", "\n\nAnalysts expect one more cut before the winter ends, economists said on Friday.\n\n"));
        try (Gazette g = Gazette.open(tmp.resolve("b"), TaskContext.NONE)) {
            g.importPaths(List.of(TestData.articles(), folder), TaskContext.NONE);
            List<RelatedHit> hits = g.related(idOf(g, "in/original.txt"), 5);
            assertTrue(hits.get(0).source().endsWith("repasted.txt"), hits.toString());
            assertTrue(hits.get(0).copy(), hits.toString());
            assertFalse(hits.get(1).copy(), hits.toString());
        }
    }

    @Test
    void anArticleOfItsOwnHasNoRelatedArticles() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("one"));
        Files.writeString(folder.resolve("lone.txt"), "Lone story\n\nA parish council in Upper Wexley voted to repaint its bus shelter green.\n");
        try (Gazette g = Gazette.open(tmp.resolve("c"), TaskContext.NONE)) {
            g.importPaths(List.of(folder), TaskContext.NONE);
            assertTrue(g.related(idOf(g, "one/lone.txt"), 5).isEmpty());
            assertTrue(g.related(424242, 5).isEmpty());
            Map<String, Long> sources = g.sourceArticles();
            assertEquals(1, sources.size());
        }
    }
}
