package org.gazette.ingest.rules;

import java.util.Locale;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;
import org.gazette.ingest.Lines;

/** Removes notices of a machine-read audio version ("Voice is AI-generated. Inconsistencies may occur."). */
public final class AiVoiceNoticeRule implements CleanupRule {

    @Override public String name() { return "ai-voice-notice"; }

    @Override
    public void apply(ArticleDraft d) {
        for (int i = 0; i < d.size(); i++) {
            String l = d.line(i).toLowerCase(Locale.ROOT);
            boolean audio = l.contains("voice") || l.contains("audio") || l.contains("narrat") || l.contains("listen")
                    || l.contains("read aloud");
            boolean machine = l.contains("ai-generated") || l.contains("ai generated") || l.contains("artificial intelligence")
                    || l.contains("automated voice") || l.contains("synthetic voice") || l.contains("text-to-speech");
            if (audio && machine && (Lines.words(l) <= 12 || l.contains("inconsistenc"))) {
                d.remove(i, name());
            }
        }
    }
}
