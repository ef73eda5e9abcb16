package org.gazette.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gazette.app.Gazette;
import org.gazette.archive.Article;
import org.gazette.archive.MetaField;
import org.gazette.ingest.ArticleParser;
import org.gazette.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "show", description = "Print one article: metadata (with where each value came from) and text.")
final class ShowCommand implements Callable<Integer> {
    @Mixin ArchiveOption archive;
    @Spec CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "The article's id (as search prints it).")
    long id;

    @Option(names = "--original", description = "Print the original text as imported, not the cleaned one.")
    boolean original;

    @Option(names = "--removed", description = "List the lines cleanup removed, each with the rule that removed it.")
    boolean removed;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Gazette g = Gazette.open(archive.dir, TaskContext.NONE)) {
            Optional<Article> found = g.article(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("error: no article with id " + id);
                return ExitCodes.NOT_FOUND;
            }
            Article a = found.get();
            if (removed) {
                var parsed = ArticleParser.standard().parse(a.originalText(), a.source() == null ? null : java.nio.file.Path.of(a.source()));
                for (String[] r : parsed.removedLines()) {
                    out.println(json ? Json.line(Map.of("rule", r[0], "line", r[1])) : String.format("%-17s %s", r[0], r[1]));
                }
                out.flush();
                return ExitCodes.OK;
            }
            if (json) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("id", a.id());
                for (MetaField f : MetaField.values()) {
                    m.put(f.column(), a.metadata().value(f));
                    m.put(f.column() + "_source", a.metadata().get(f).source().name().toLowerCase());
                }
                m.put("encoding", a.encoding());
                m.put("sources", a.sources());
                m.put("text", original ? a.originalText() : a.cleanedText());
                out.println(Json.line(m));
            } else {
                for (MetaField f : MetaField.values()) {
                    var v = a.metadata().get(f);
                    out.printf("%-7s %s  (%s)%n", f.column() + ":", v.isPresent() ? v.value() : "-", v.source().label());
                }
                out.println("file:   " + String.join(", ", a.sources()) + "  (" + a.encoding() + ")");
                out.println();
                out.println(original ? a.originalText() : a.cleanedText());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
