package org.gazette.search;

import java.util.function.Supplier;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StoredValue;

/**
 * A stored string computed when the index writer stores it, once: the story signature, counted while the body
 * field before it is analysed for the index (Lucene inverts and stores a document's fields in their order).
 */
final class LazyStoredField extends Field {
    private final Supplier<String> value;
    private String computed;

    LazyStoredField(String name, Supplier<String> value) {
        super(name, StoredField.TYPE);
        this.value = value;
    }

    @Override
    public String stringValue() {
        if (computed == null) {
            computed = value.get();
        }
        return computed;
    }

    @Override
    public StoredValue storedValue() {
        return new StoredValue(stringValue());
    }
}
