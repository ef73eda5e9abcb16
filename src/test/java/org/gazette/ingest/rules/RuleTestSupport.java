package org.gazette.ingest.rules;

import java.util.ArrayList;
import java.util.List;
import org.gazette.ingest.ArticleDraft;
import org.gazette.ingest.CleanupRule;

/** Runs one rule on a text and reports which lines it removed. */
final class RuleTestSupport {
    static final String BODY = "The council voted on Tuesday to close the bridge for repairs, officials said in a statement.";

    private RuleTestSupport() { }

    static ArticleDraft run(CleanupRule rule, String... lines) {
        ArticleDraft d = new ArticleDraft(String.join("\n\n", lines));
        rule.apply(d);
        return d;
    }

    static List<String> removed(ArticleDraft d) {
        List<String> out = new ArrayList<>();
        for (String[] r : d.removedLines()) {
            out.add(r[1]);
        }
        return out;
    }
}
