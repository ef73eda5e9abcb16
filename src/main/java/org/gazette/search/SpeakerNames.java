package org.gazette.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The archive's speakers as the search index needs them. Articles are indexed with their speaker keys (the
 * names as each article gives them, or a user's correction), which never change when speakers are merged or
 * renamed across the archive; this maps the names shown to those keys at search time. A speaker filter becomes
 * its keys; a {@code speaker:} query is also run against the speakers' names (a small in-memory index of each
 * speaker's shown name and spellings), so {@code speaker:zelenskyy} also finds the articles that spell him
 * Zelensky once the two are one speaker, and the other way round.
 */
final class SpeakerNames {
    /** Before an archive supplies its names: each name is its own key, and queries are left as they are. */
    static final SpeakerNames AS_INDEXED = new SpeakerNames(null, null);

    private static final String KEYS = "keys";

    private final Map<String, ? extends Collection<String>> keysByShown;
    private final Analyzer analyzer;
    private IndexSearcher names; // built on the first speaker: query
    private final Map<Query, Set<String>> recent = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Query, Set<String>> eldest) {
            return size() > 64;
        }
    };

    SpeakerNames(Map<String, ? extends Collection<String>> keysByShown, Analyzer analyzer) {
        this.keysByShown = keysByShown;
        this.analyzer = analyzer;
    }

    /** The keys of the articles that quote the speaker shown as {@code shown} (none for an unknown name). */
    Collection<String> keysOf(String shown) {
        if (keysByShown == null) {
            return List.of(shown);
        }
        Collection<String> keys = keysByShown.get(shown);
        return keys == null ? List.of() : keys;
    }

    /** The query with each part that asks about the speaker field also matching the shown names it finds. */
    Query expand(Query query) {
        if (keysByShown == null) {
            return query;
        }
        return QueryLeaves.map(query, this::expandLeaf);
    }

    private Query expandLeaf(Query query) {
        if (!onlySpeakerField(query)) {
            return query;
        }
        Set<String> keys = keysOfNamesMatching(query);
        if (keys.isEmpty()) {
            return query;
        }
        List<BytesRef> terms = keys.stream().map(BytesRef::new).toList();
        return new BooleanQuery.Builder()
                .add(query, BooleanClause.Occur.SHOULD)
                .add(new BoostQuery(new org.apache.lucene.search.ConstantScoreQuery(new TermInSetQuery(Fields.SPEAKER_EXACT, terms)), Float.MIN_VALUE), BooleanClause.Occur.SHOULD)
                .build();
    }

    private static boolean onlySpeakerField(Query query) {
        Set<String> fields = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }
        });
        return fields.equals(Set.of(Fields.SPEAKER));
    }

    private synchronized Set<String> keysOfNamesMatching(Query query) {
        Set<String> known = recent.get(query); // typing repeats the same speaker: part while the rest changes
        if (known != null) {
            return known;
        }
        try {
            IndexSearcher s = namesSearcher();
            Weight w = s.createWeight(s.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
            var stored = s.storedFields();
            Set<String> keys = new HashSet<>();
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                Scorer scorer = w.scorer(leaf);
                if (scorer == null) {
                    continue;
                }
                DocIdSetIterator it = scorer.iterator();
                for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    keys.addAll(java.util.Arrays.asList(stored.document(leaf.docBase + d).getValues(KEYS)));
                }
            }
            recent.put(query, keys);
            return keys;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private IndexSearcher namesSearcher() throws IOException {
        if (names == null) {
            ByteBuffersDirectory dir = new ByteBuffersDirectory();
            try (IndexWriter w = new IndexWriter(dir, new IndexWriterConfig(analyzer))) {
                List<Document> docs = new ArrayList<>(keysByShown.size());
                for (var e : keysByShown.entrySet()) {
                    Document d = new Document();
                    d.add(new TextField(Fields.SPEAKER, e.getKey(), Field.Store.NO));
                    for (String k : e.getValue()) {
                        d.add(new StoredField(KEYS, k));
                        d.add(new TextField(Fields.SPEAKER, k, Field.Store.NO)); // a speaker is found by every spelling
                    }
                    docs.add(d);
                }
                w.addDocuments(docs);
            }
            names = new IndexSearcher(DirectoryReader.open(dir));
        }
        return names;
    }
}
