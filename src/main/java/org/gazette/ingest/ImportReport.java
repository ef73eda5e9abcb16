package org.gazette.ingest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How an import went: files found, articles added and updated, files that were duplicates of an article
 * already in the archive, files unchanged since the last import, files skipped as not text, the problems by
 * file, whether the user cancelled, how long it took, and where that time went ({@link ImportStages#millis}).
 */
public record ImportReport(int found, int added, int updated, int duplicates, int unchanged, List<ImportProblem> skipped,
                           List<ImportProblem> failed, boolean cancelled, long millis, Map<String, Long> stageMillis) {

    public Map<String, Integer> counts() {
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("added", added);
        m.put("updated", updated);
        m.put("duplicates", duplicates);
        m.put("unchanged", unchanged);
        m.put("skipped", skipped.size());
        m.put("failed", failed.size());
        return m;
    }

    /** One line for a status bar or a terminal. */
    public String summary() {
        StringBuilder sb = new StringBuilder(cancelled ? "Import cancelled: " : "Imported: ");
        sb.append(added).append(" new, ").append(updated).append(" updated, ")
          .append(duplicates).append(" duplicates, ").append(unchanged).append(" unchanged");
        if (!skipped.isEmpty()) {
            sb.append(", ").append(skipped.size()).append(" skipped");
        }
        if (!failed.isEmpty()) {
            sb.append(", ").append(failed.size()).append(failed.size() == 1 ? " file failed" : " files failed");
        }
        sb.append(String.format(" (%.1f s)", millis / 1000.0));
        return sb.toString();
    }
}
