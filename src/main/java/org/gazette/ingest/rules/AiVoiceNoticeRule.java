package org.gazette.ingest.rules;

import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/** Removes notices of a machine-read audio version ("Voice is AI-generated. Inconsistencies may occur."). */
public final class AiVoiceNoticeRule implements CleanupRule {

    @Override public String name() { return "ai-voice-notice"; }

    private static boolean has(String line, String lower) {
        return Lines.containsIgnoreCase(line, lower);
    }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            String l = d.line(i); // asked in any case, without a lower-cased copy of every line
            boolean audio = has(l, "voice") || has(l, "audio") || has(l, "narrat") || has(l, "listen") || has(l, "read aloud");
            boolean machine = audio && (has(l, "ai-generated") || has(l, "ai generated") || has(l, "artificial intelligence")
                    || has(l, "automated voice") || has(l, "synthetic voice") || has(l, "text-to-speech"));
            if (audio && machine && (d.words(i) <= 12 || has(l, "inconsistenc"))) {
                d.remove(i, name());
            }
        }
    }
}
