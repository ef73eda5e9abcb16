package org.gazette.ingest.rules;

import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/** Removes notices of a machine-read audio version ("Voice is AI-generated. Inconsistencies may occur."). */
public final class AiVoiceNoticeRule implements CleanupRule {

    /**
     * The longest notice: those seen run to about 25 words. Reading every paragraph for "inconsistenc" was a fifth
     * of the cleanup's time (22,682 AllSides articles).
     */
    static final int NOTICE_WORDS = 40;

    @Override public String name() { return "ai-voice-notice"; }

    @Override
    public void apply(ArticleDraft d) {
        d.removeLines(name(), (l, words) -> {
            // asked in any case, without a lower-cased copy of every line. A short line, or a longer one that warns of
            // inconsistencies (asked first: one word); a paragraph of more than NOTICE_WORDS is reporting, whatever it
            // says about AI voices, and is not read for it at all
            boolean notice = words <= 12 || words <= NOTICE_WORDS && Lines.containsIgnoreCase(l, "inconsistenc");
            boolean audio = notice && Lines.containsIgnoreCase(l, "voice", "audio", "narrat", "listen", "read aloud");
            return audio && Lines.containsIgnoreCase(l, "ai-generated", "ai generated", "artificial intelligence",
                    "automated voice", "synthetic voice", "text-to-speech");
        });
    }
}
