package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gazette.ingest.ImportProblem;
import org.gazette.ingest.ImportReport;
import org.gazette.search.SearchRequest;
import org.gazette.task.TaskContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder of everything that goes wrong in real folders: each file imported or named with its reason. */
class BadInputTest {
    private static final String ARTICLE = "Ferry fares frozen for a year\n\nBy Ana Test\n\n"
            + "The ferry operator said on Monday it would freeze fares for a year while the bridge is closed, "
            + "a move welcomed by commuters.\n";

    @TempDir Path tmp;

    @Test
    void everyBadFileIsReportedByNameAndTheRestIsImported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("good.txt"), ARTICLE);
        Files.writeString(in.resolve("Zürich über café — notes 1.txt"), ARTICLE.replace("a year", "two years"));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 1, 2, 3});
        Files.write(in.resolve("latin.txt"), ARTICLE.replace("Monday", "Monday (caf\u00e9)").getBytes("windows-1252"));
        byte[] utf16 = ARTICLE.replace("Monday", "Tuesday").getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        Files.write(in.resolve("utf16.txt"), withBom);
        try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
            big.setLength(50L << 20);
        }
        Files.write(in.resolve("photo.jpg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        Files.createSymbolicLink(in.resolve("broken.txt"), in.resolve("does-not-exist.txt"));
        Path locked = in.resolve("locked.txt");
        Files.writeString(locked, ARTICLE.replace("Monday", "Friday"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        boolean canLock = !Files.isReadable(locked); // root reads anything: then this case cannot be made here

        try (Gazette g = Gazette.open(tmp.resolve("archive"), TaskContext.NONE)) {
            g.importPaths(List.of(in.resolve("good.txt")), TaskContext.NONE);
            ImportReport r = g.importPaths(List.of(in), TaskContext.NONE);
            Map<String, String> failed = r.failed().stream()
                    .collect(Collectors.toMap(p -> Path.of(p.path()).getFileName().toString(), ImportProblem::reason));
            assertEquals("empty file", failed.get("empty.txt"));
            assertEquals("binary file, not text", failed.get("binary.txt"));
            assertTrue(failed.get("huge.txt").startsWith("too large"), failed.get("huge.txt"));
            assertTrue(failed.get("broken.txt").contains("broken link"), String.valueOf(failed));
            if (canLock) {
                assertTrue(failed.get("locked.txt").contains("permission denied"), String.valueOf(failed));
            }
            assertEquals("not a text file (.jpg)", r.skipped().get(0).reason());
            assertEquals(canLock ? 3 : 4, r.added(), r.summary());
            assertEquals(1, r.unchanged(), "what was in the archive before is kept");
            assertEquals(canLock ? 5 : 4, r.failed().size(), String.valueOf(failed));
            assertEquals(1, g.search(SearchRequest.of("café")).total(), "windows-1252 file decoded");
            assertEquals(1, g.search(SearchRequest.of("tuesday")).total(), "UTF-16 file decoded");
            assertEquals(1, g.search(SearchRequest.of("\"two years\"")).total(), "non-ASCII file name imported");
            assertTrue(g.lastImportErrors().stream().anyMatch(e -> e[0].endsWith("empty.txt")), "errors recorded in the archive");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rw-------"));
        }
    }
}
