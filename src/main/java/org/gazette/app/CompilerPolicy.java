package org.gazette.app;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.management.ObjectName;

/**
 * Asks the JVM to compile the quotation extractor with its quick compiler (C1) only, once per process, before a first
 * import or re-extraction of {@value #AT_LEAST} to {@value #FEWER_THAN} articles. The extractor is a large body of
 * rules, each met late and seldom: the optimising compiler (C2) spends some 20 s of CPU compiling it (and compiling it
 * again after each rule first met), which its faster code earns back only over many articles. On two cores, where the compiler competes
 * with the import's threads, the 22,682 AllSides articles imported in a fresh JVM in 30.4-40.7 s with C2 (median 31.7 s)
 * and 22.9-32.2 s without it (median 25.1 s; C2's compile time 31-42 s -> 15-22 s of CPU); three imports one after
 * another in one JVM, 67.0-70.8 s against 62.0-62.2 s. But 100,000 articles ({@code bench}) took 83.3 s with C2 and
 * 104.4 s without: warm, the extractor on C1 is 49% slower (one pass over AllSides 5.65 -> 8.4 s), and past some 40,000
 * articles that costs more than C2's compiling (docs/BENCHMARKS.md, session 50). Once added, the directive holds for the
 * process: a later larger import in the same window runs the extractor as compiled by C1. Nothing else is affected.
 */
public final class CompilerPolicy {
    private CompilerPolicy() { }

    /**
     * The extractor's scanning primitives, left to C2: small methods that read a text's characters or words in loops
     * (the word table, the sentence and quotation bounds, case folding, the word lists looked up) and decide no rule
     * themselves. Compiled once and seldom again, they are where C1's code is slowest against C2's; the rules that call
     * them stay on C1. The 22,682 AllSides texts, warm, one thread, rounds alternated: 9.1-9.6 s with the whole package
     * on C1, 7.5-8.4 s with these on C2 (6.9-7.1 s all on C2); an import's quotation stage about a tenth less thread time
     * (docs/BENCHMARKS.md, session 55).
     */
    static final java.util.List<String> SCANNERS = java.util.List.of("WordSet::*", "Words::*", "Tokens::*", "Spans::*",
            "CapitalisedWords::*", "QuoteContext::*", "QuoteFinder*::*", "Names::fold", "Names::isAcronym", "Names::wordCount",
            "Names::lastName", "Names::isRole", "Names::endWithoutPossessive", "Phrases::isVerbAt", "Phrases::lastVerb",
            "Phrases::withoutStops", "Phrases::lowerAscii", "ArticlePeople::byLastName", "Subjects::<init>", "Subjects::isStop",
            "Subjects::abbreviation", "Genders::<init>");

    /**
     * The directive: every method of the quotes package but its {@link #SCANNERS}, not compiled by C2 (so compiled once,
     * by C1, without profiling). The first directive a method matches applies.
     */
    static final String EXTRACTOR_ON_C1 = "[{ match: [" + String.join(", ", SCANNERS.stream()
            .map(m -> "\"org.gazette.quotes." + m + "\"").toList()) + "], c2: { Exclude: false } }, "
            + "{ match: [\"org.gazette.quotes.*::*\"], c2: { Exclude: true } }]";

    /** Work on fewer articles than this is over before C2's compiling would pay (measured on two cores, see above). */
    public static final int FEWER_THAN = 30_000;
    /**
     * Below this many, C2 compiles little of the extractor anyway (2,225 BBC articles from a fresh JVM: 3.9-4.3 s either
     * way), and the window's first start (its 13 samples) need not load the management classes beside it.
     */
    public static final int AT_LEAST = 2_000;

    /**
     * Fewer articles than {@link #AT_LEAST} with at least this many bytes of text between them (and under
     * {@link #AT_MOST_BYTES}): a long file full of quotations keeps the extractor hot on its own. The 5.3 MB dense
     * file (155,882 quotations), {@code quotes --json} from a fresh JVM: 2.85-2.99 s -> 2.16-2.31 s with the directive
     * (three runs each, alternated); 2,225 BBC files (5 MB) and 1,000 AllSides files (7.3 MB): the same either way
     * (docs/BENCHMARKS.md, session 56).
     */
    public static final long AT_LEAST_BYTES = 4_000_000;
    /** Past this much text C2's faster code pays for its compiling again (30,000 articles hold some 180 MB). */
    public static final long AT_MOST_BYTES = 100_000_000;

    private static String applied;

    /**
     * Before extracting quotations from {@code articles} articles: adds the directive when they are at least
     * {@link #AT_LEAST} and fewer than {@link #FEWER_THAN}; answers what the JVM said, or why nothing was added.
     */
    public static String beforeExtracting(long articles) {
        return articles >= AT_LEAST && articles < FEWER_THAN ? extractorOnC1() : "not added: " + articles + " articles";
    }

    /**
     * As {@link #beforeExtracting(long)}, knowing the articles' bytes: fewer than {@link #AT_LEAST} articles get the
     * directive too when they hold {@link #AT_LEAST_BYTES} to {@link #AT_MOST_BYTES} of text.
     */
    public static String beforeExtracting(long articles, long bytes) {
        if (articles < AT_LEAST && bytes >= AT_LEAST_BYTES && bytes < AT_MOST_BYTES) {
            return extractorOnC1();
        }
        return articles >= AT_LEAST ? beforeExtracting(articles) : "not added: " + articles + " articles, " + bytes + " bytes";
    }

    /**
     * Adds the directive, the first time only; answers what the JVM said, or why it was not added (a JVM without
     * HotSpot's diagnostic commands runs the extractor as compiled by default).
     */
    static synchronized String extractorOnC1() {
        if (applied == null) {
            applied = add(EXTRACTOR_ON_C1);
        }
        return applied;
    }

    private static String add(String directives) {
        Path file = null;
        try {
            file = Files.createTempFile("gazette-compiler", ".json");
            Files.writeString(file, directives);
            Object said = ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
                    new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
            return String.valueOf(said).strip();
        } catch (Exception | LinkageError e) {
            return "not added: " + e;
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (java.io.IOException ignored) {
                    // a temporary file of one line, left for the system to clear
                }
            }
        }
    }
}
