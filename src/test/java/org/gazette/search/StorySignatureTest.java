package org.gazette.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.archive.MetaValue;
import org.gazette.archive.Metadata;
import org.gazette.archive.Provenance;
import org.junit.jupiter.api.Test;

class StorySignatureTest {
    private static final String BODY = "PORT HAVEN — Dockworkers at the Port of Haven walked off the job on Monday, "
            + "halting 40 cranes. Mayor Ana Markovic said the strike would cost the city $2 million a day.\n\n"
            + "Retired judge Elena Holm will mediate. Holm said talks would be hard.";

    @Test
    void theIndexCountsTheStoryWhileItAnalysesTheBodyAndStoresWhatAFreshCountGives() throws Exception {
        Metadata m = new Metadata();
        m.set(MetaField.TITLE, MetaValue.of("Port strike halts Haven docks", Provenance.TEXT));
        Article a = new Article(7, m, BODY, BODY, "UTF-8", "h", 1, List.of("/a.txt"), "t", "t");
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(new NewsAnalyzer()))) {
            w.addDocument(SearchIndex.toDocument(a, List.of()));
            w.commit();
            try (DirectoryReader r = DirectoryReader.open(dir)) {
                String stored = r.storedFields().document(0).get(Fields.STORY);
                StorySignature fresh = StorySignature.of(a.title(), BODY, new NewsAnalyzer());
                assertEquals(fresh.encode(), stored);
                assertTrue(fresh.weights().get("markovic") > fresh.weights().get("job"), "names weigh more");
                assertTrue(fresh.weights().containsKey("haven") && !fresh.weights().containsKey("the"));
            }
        }
    }
}
