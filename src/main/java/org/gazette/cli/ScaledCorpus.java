package org.gazette.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A benchmark corpus of a given size built from a real one: the real files first, then copies in folders
 * {@code copy-1/}, {@code copy-2/}… Each copy keeps the article's first lines (title, outlet, date), says which
 * edition it is in the line after them, and turns its paragraphs round by the copy's number, so the importer
 * keeps it as an article of its own (its cleaned text differs) while its words, quotes and sizes stay real.
 */
final class ScaledCorpus {
    private static final int HEAD_LINES = 3;

    private ScaledCorpus() { }

    /** Writes {@code size} article files under {@code dest} (reusing it when it already holds that many). */
    static Path build(Path source, int size, Path dest) throws IOException {
        if (Files.isDirectory(dest) && countTxt(dest) == size) {
            return dest;
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(source)) {
            files = s.filter(p -> p.toString().endsWith(".txt") && Files.isRegularFile(p)).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no .txt files in " + source);
        }
        for (int i = 0; i < size; i++) {
            Path file = files.get(i % files.size());
            int copy = i / files.size();
            Path out = dest.resolve(copy == 0 ? "original" : "copy-" + copy).resolve(source.relativize(file).toString());
            Files.createDirectories(out.getParent());
            byte[] bytes = Files.readAllBytes(file);
            Files.write(out, copy == 0 ? bytes : edition(new String(bytes, StandardCharsets.UTF_8), copy).getBytes(StandardCharsets.UTF_8));
        }
        return dest;
    }

    /** The article's head as it is, its paragraphs turned round by {@code copy}, and a closing line naming the edition. */
    static String edition(String text, int copy) {
        String[] lines = text.split("\n", -1);
        int head = Math.min(HEAD_LINES, lines.length);
        List<String> paragraphs = new ArrayList<>();
        for (int i = head; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                paragraphs.add(lines[i]);
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < head; i++) {
            sb.append(lines[i]).append('\n');
        }
        // first, not last: a last line can fall inside a trailing section ("Related", "Most recent") that cleanup cuts
        sb.append("\nThis is edition ").append(copy + 1).append(" of the story, with its paragraphs in a new order.\n");
        for (int i = 0; i < paragraphs.size(); i++) {
            sb.append('\n').append(paragraphs.get((i + copy) % paragraphs.size())).append('\n');
        }
        return sb.toString();
    }

    private static long countTxt(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> p.toString().endsWith(".txt")).count();
        }
    }
}
