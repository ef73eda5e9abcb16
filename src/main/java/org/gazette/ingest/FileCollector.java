package org.gazette.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the files an import should read: every text file under the folders given (recursively, following
 * links), and every file given by name whatever its extension. Broken links, unreadable folders and link
 * loops are reported, not fatal; hidden files are passed over; other files in folders are listed as skipped.
 */
public final class FileCollector {
    static final Set<String> TEXT_EXTENSIONS = Set.of("txt", "text", "md");

    public record Candidate(Path path, long size, long mtime) { }

    public record Collected(List<Candidate> files, List<ImportProblem> skipped, List<ImportProblem> failed) { }

    private FileCollector() { }

    public static Collected collect(List<Path> roots) {
        List<Candidate> files = new ArrayList<>();
        List<ImportProblem> skipped = new ArrayList<>();
        List<ImportProblem> failed = new ArrayList<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (Files.isSymbolicLink(abs) && !Files.exists(abs)) {
                failed.add(new ImportProblem(abs.toString(), "broken link (its target does not exist)"));
            } else if (!Files.exists(abs)) {
                failed.add(new ImportProblem(abs.toString(), "no such file or folder"));
            } else if (Files.isDirectory(abs)) {
                walk(abs, files, skipped, failed);
            } else {
                try {
                    BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
                    files.add(new Candidate(abs, a.size(), a.lastModifiedTime().toMillis()));
                } catch (IOException e) {
                    failed.add(new ImportProblem(abs.toString(), reason(e)));
                }
            }
        }
        return new Collected(files, skipped, failed);
    }

    private static void walk(Path root, List<Candidate> files, List<ImportProblem> skipped, List<ImportProblem> failed) {
        try {
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (attrs.isSymbolicLink()) { // a link that could not be followed
                        failed.add(new ImportProblem(file.toString(), "broken link (its target does not exist)"));
                    } else if (!attrs.isRegularFile()) {
                        skipped.add(new ImportProblem(file.toString(), "not a regular file"));
                    } else if (!TEXT_EXTENSIONS.contains(extension(file))) {
                        skipped.add(new ImportProblem(file.toString(), "not a text file (." + extension(file) + ")"));
                    } else {
                        files.add(new Candidate(file, attrs.size(), attrs.lastModifiedTime().toMillis()));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    failed.add(new ImportProblem(file.toString(), reason(e)));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            failed.add(new ImportProblem(root.toString(), reason(e)));
        }
        files.sort((a, b) -> a.path().toString().compareTo(b.path().toString()));
    }

    static String extension(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot < 0 ? "" : n.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A reason a person understands, for the usual I/O failures. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied (cannot read it)";
        }
        if (e instanceof NoSuchFileException) {
            return "no such file (removed, or a broken link)";
        }
        if (e instanceof FileSystemLoopException) {
            return "link loop (a folder links back to itself); not followed";
        }
        String m = e.getMessage();
        return "cannot read: " + (m == null ? e.getClass().getSimpleName() : m);
    }
}
