package org.gazette.search;

import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Text analysis for article text: Unicode word tokens, case- and accent-folded, with the English possessive
 * removed ("Russia's" finds "Russia") and curly apostrophes read as straight ones. No stemming and no stop
 * words: a reporter searching an exact phrase or a wildcard gets exactly the words written.
 */
public final class NewsAnalyzer extends Analyzer {
    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new StraightApostrophes(reader);
    }

    @Override
    protected Reader initReaderForNormalization(String fieldName, Reader reader) {
        return new StraightApostrophes(reader);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream ts = new EnglishPossessiveFilter(source);
        ts = new LowerCaseFilter(ts);
        ts = new ASCIIFoldingFilter(ts);
        return new TokenStreamComponents(source, ts);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Values of a multi-valued field (one per speaker name) are kept apart: a phrase never spans two of them. */
    @Override
    public int getPositionIncrementGap(String fieldName) {
        return 100;
    }
}
