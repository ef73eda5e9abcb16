package org.gazette.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gazette.archive.Metadata;
import org.gazette.archive.QuoteRecord;

/**
 * Compares two articles, typically one story from two outlets. Sentences are aligned by the content words they
 * share, each word weighted by how rare it is across the two texts' sentences (so the story's common names link
 * less than a specific detail), one-to-one and best pair first: the alignment follows rewording and reordering,
 * not only identical text. Speakers are matched by last name (Zelensky and Zelenskyy are one), quotations by
 * the words they share.
 */
public final class ArticleComparer {
    /** Below this, two sentences do not tell the same thing. */
    static final double ALIGN_THRESHOLD = 0.25;
    /** The bar for the two articles' first sentences when they share a name, and the content words they must share. */
    static final double LEAD_THRESHOLD = 0.12;
    static final int LEAD_SHARED = 3;
    /** Share of the shorter quotation's words the other must have for the two to be one quotation. */
    static final double QUOTE_OVERLAP = 0.6;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\p{N}])\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:%|percent|per cent))?");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(?:19|20)\\d\\d\\b");
    /** Month and day names, with a day's number. The look-ahead for their first letters only makes most places fail fast. */
    private static final Pattern DATE = Pattern.compile("(?=[JFMASONDTW])(?:\\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?:\\.|\\b)|January|February|March|April|May|June|July"
            + "|August|September|October|November|December)(?:\\s+\\d{1,2}(?:st|nd|rd|th)?\\b)?|\\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)");
    /** Lower-case words inside names of bodies and places: "Bank of England", "Institute for Economic Research". */
    private static final Set<String> NAME_JOINERS = Set.of("of", "for", "de", "del", "van", "von", "al");
    private static final Map<String, String> MONTHS = Map.ofEntries(Map.entry("Jan", "January"), Map.entry("Feb", "February"),
            Map.entry("Mar", "March"), Map.entry("Apr", "April"), Map.entry("Jun", "June"), Map.entry("Jul", "July"),
            Map.entry("Aug", "August"), Map.entry("Sep", "September"), Map.entry("Sept", "September"), Map.entry("Oct", "October"),
            Map.entry("Nov", "November"), Map.entry("Dec", "December"));
    private static final Set<String> FUNCTION_WORDS = Set.of(("the a an of to and or in on at for with by from that this these "
            + "those is are was were be been being has have had will would can could may might should must do does did not no it "
            + "its he she they we you i his her their our your him them us me who which what when where as but if than then so "
            + "also about after into over up out said says say told just more other some such only very all any there here while "
            + "mr mrs ms").split(" "));
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "But", "And", "In", "On", "At", "He", "She", "It", "They",
            "We", "I", "His", "Her", "Their", "This", "That", "These", "Those", "If", "When", "As", "For", "With", "After",
            "Before", "Mr", "Mrs", "Ms", "Dr", "Sen", "Rep", "Gov", "Gen", "President", "Minister", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct",
            "Nov", "Dec");

    private ArticleComparer() { }

    public static Comparison compare(String textA, List<QuoteRecord> quotesA, String textB, List<QuoteRecord> quotesB) {
        return compare(textA, quotesA, new Metadata(), textB, quotesB, new Metadata());
    }

    /**
     * As {@link #compare(String, List, String, List)}, given each article's details. Who made it (outlet and byline),
     * and those of a wire's credit line ("(Reporting by …; editing by …)"), are not facts of the story: they are left
     * out of the names only one article has. Nor is the day either article is dated: a dateline's "Sept 18" is no date
     * only one of two articles of September 18 has.
     */
    public static Comparison compare(String textA, List<QuoteRecord> quotesA, Metadata metaA, String textB,
                                     List<QuoteRecord> quotesB, Metadata metaB) {
        List<String> creditsA = metaA.credits();
        List<String> creditsB = metaB.credits();
        List<Sentences.Span> sa = Sentences.of(textA);
        List<Sentences.Span> sb = Sentences.of(textB);
        List<Map<String, Integer>> wa = sa.stream().map(s -> contentWords(textA.substring(s.start(), s.end()))).toList();
        List<Map<String, Integer>> wb = sb.stream().map(s -> contentWords(textB.substring(s.start(), s.end()))).toList();
        boolean leadsShareAName = !sa.isEmpty() && !sb.isEmpty() && sharesAName(textA.substring(sa.get(0).start(), sa.get(0).end()),
                textB.substring(sb.get(0).start(), sb.get(0).end()));
        List<Comparison.Pair> pairs = align(wa, wb, bareWords(textA, sa, wa), bareWords(textB, sb, wb), leadsShareAName);
        double similarity = sa.isEmpty() && sb.isEmpty() ? 0 : 2.0 * pairs.size() / (sa.size() + sb.size());

        TextFacts factsA = TextFacts.of(textA, creditsA, metaA.date());
        TextFacts factsB = TextFacts.of(textB, creditsB, metaB.date());
        Map<String, String> speakersA = speakers(quotesA);
        Map<String, String> speakersB = speakers(quotesB);
        List<String> both = new ArrayList<>();
        List<String> onlyA = new ArrayList<>();
        speakersA.forEach((key, name) -> (speakersB.containsKey(key) ? both : onlyA).add(name));
        List<String> onlyB = new ArrayList<>();
        speakersB.forEach((key, name) -> {
            if (!speakersA.containsKey(key)) {
                onlyB.add(name);
            }
        });
        return new Comparison(similarity, spans(sa), spans(sb), pairs, both, onlyA, onlyB, sharedQuotes(quotesA, quotesB),
                factsA.notIn(factsB), factsB.notIn(factsA));
    }

    private static List<int[]> spans(List<Sentences.Span> s) {
        return s.stream().map(x -> new int[] {x.start(), x.end()}).toList();
    }

    /**
     * Best pairs first, each sentence in at most one pair; returned in A's order. A sentence without a content word
     * ("What is it?", "No.") pairs only with the same words on the other side.
     */
    private static List<Comparison.Pair> align(List<Map<String, Integer>> wa, List<Map<String, Integer>> wb, List<String> bareA,
                                               List<String> bareB, boolean leadsShareAName) {
        Map<String, Integer> df = new HashMap<>();
        for (List<Map<String, Integer>> side : List.of(wa, wb)) {
            for (Map<String, Integer> s : side) {
                s.keySet().forEach(w -> df.merge(w, 1, Integer::sum));
            }
        }
        double n = wa.size() + wb.size();
        List<Map<String, Double>> va = wa.stream().map(s -> weigh(s, df, n)).toList();
        List<Map<String, Double>> vb = wb.stream().map(s -> weigh(s, df, n)).toList();
        // dot products through an index of B's words: only sentences sharing a word are ever compared, summed in an
        // array (a long article against itself compares millions of pairs)
        Map<String, Postings> inB = new HashMap<>();
        for (int j = 0; j < vb.size(); j++) {
            for (Map.Entry<String, Double> e : vb.get(j).entrySet()) {
                inB.computeIfAbsent(e.getKey(), k -> new Postings()).add(j, e.getValue());
            }
        }
        double[] normB = vb.stream().mapToDouble(ArticleComparer::norm).toArray();
        double[] dot = new double[vb.size()];
        int[] shared = new int[vb.size()];
        int[] touched = new int[vb.size()];
        boolean[] seen = new boolean[vb.size()];
        List<Comparison.Pair> candidates = new ArrayList<>();
        for (int i = 0; i < va.size(); i++) {
            int count = 0;
            for (Map.Entry<String, Double> e : va.get(i).entrySet()) {
                Postings p = inB.get(e.getKey());
                for (int k = 0; p != null && k < p.size; k++) {
                    int j = p.sentences[k];
                    if (!seen[j]) {
                        seen[j] = true;
                        touched[count++] = j;
                    }
                    dot[j] += e.getValue() * p.weights[k];
                    shared[j]++;
                }
            }
            java.util.Arrays.sort(touched, 0, count);
            double normA = norm(va.get(i));
            for (int t = 0; t < count; t++) {
                int j = touched[t];
                double cos = dot[j] / (normA * normB[j]);
                // one word in common is no shared statement ("At times, Biden butted in" / "This time he let loose"),
                // unless it is all the shorter sentence says
                boolean enoughShared = shared[j] >= 2 || shared[j] == Math.min(va.get(i).size(), vb.get(j).size());
                // two leads naming the same one tell the same event in their own words ("cut its key rate for the first
                // time in three years" / "cut its main interest rate … its first cut since 2022"): a lower bar
                boolean leads = i == 0 && j == 0 && leadsShareAName && shared[j] >= LEAD_SHARED;
                if ((cos >= ALIGN_THRESHOLD || leads && cos >= LEAD_THRESHOLD) && enoughShared) {
                    candidates.add(new Comparison.Pair(i, j, Math.min(1, cos)));
                }
                dot[j] = 0;
                shared[j] = 0;
                seen[j] = false;
            }
        }
        Map<String, List<Integer>> bareInB = new HashMap<>();
        for (int j = 0; j < vb.size(); j++) {
            if (bareB.get(j) != null) {
                bareInB.computeIfAbsent(bareB.get(j), k -> new ArrayList<>()).add(j);
            }
        }
        for (int i = 0; i < va.size() && !bareInB.isEmpty(); i++) {
            if (bareA.get(i) != null) {
                for (int j : bareInB.getOrDefault(bareA.get(i), List.of())) {
                    candidates.add(new Comparison.Pair(i, j, 1));
                }
            }
        }
        candidates.sort((p, q) -> Double.compare(q.score(), p.score()));
        boolean[] usedA = new boolean[va.size()];
        boolean[] usedB = new boolean[vb.size()];
        List<Comparison.Pair> out = new ArrayList<>();
        for (Comparison.Pair p : candidates) {
            if (!usedA[p.a()] && !usedB[p.b()]) {
                usedA[p.a()] = true;
                usedB[p.b()] = true;
                out.add(p);
            }
        }
        out.sort((p, q) -> Integer.compare(p.a(), q.a()));
        return out;
    }

    /** Whether two sentences share a word of a name ({@link #names}: weekdays and months are none). */
    static boolean sharesAName(String a, String b) {
        Set<String> words = nameWords(a);
        for (String w : nameWords(b)) {
            if (words.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> nameWords(String sentence) {
        Set<String> out = new java.util.HashSet<>();
        for (String name : names(sentence)) {
            for (String w : name.split("[^\\p{L}\\p{N}]+")) {
                if (w.length() >= 3) {
                    out.add(w.toLowerCase(Locale.ROOT));
                }
            }
        }
        return out;
    }

    /** The sentences of B holding one word, with the word's weight in each. */
    private static final class Postings {
        int[] sentences = new int[4];
        double[] weights = new double[4];
        int size;

        void add(int sentence, double weight) {
            if (size == sentences.length) {
                sentences = java.util.Arrays.copyOf(sentences, size * 2);
                weights = java.util.Arrays.copyOf(weights, size * 2);
            }
            sentences[size] = sentence;
            weights[size++] = weight;
        }
    }

    /** {@link #bareWords(String)} of each sentence without content words; null for the others. */
    private static List<String> bareWords(String text, List<Sentences.Span> spans, List<Map<String, Integer>> words) {
        List<String> out = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            out.add(words.get(i).isEmpty() ? bareWords(text.substring(spans.get(i).start(), spans.get(i).end())) : null);
        }
        return out;
    }

    /** A sentence's words as compared when it has no content word: lower-cased, spaces made one. */
    static String bareWords(String sentence) {
        return String.join(" ", sentence.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }

    private static Map<String, Double> weigh(Map<String, Integer> tf, Map<String, Integer> df, double n) {
        Map<String, Double> v = new HashMap<>();
        tf.forEach((w, c) -> v.put(w, (1 + Math.log(c)) * Math.log(1 + n / df.get(w))));
        return v;
    }

    private static double norm(Map<String, Double> v) {
        double s = 0;
        for (double x : v.values()) {
            s += x * x;
        }
        return s == 0 ? 1 : Math.sqrt(s);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Lower-cased words that carry content, with a plural's s taken off ("troops" meets "troop"). */
    static Map<String, Integer> contentWords(String text) {
        Map<String, Integer> out = new HashMap<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replace('’', '\'');
            if (!isAscii(w)) { // "Wójcik" in one outlet is "Wojcik" in the other
                w = Normalizer.normalize(w, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
            }
            while (!w.isEmpty() && (w.endsWith(".") || w.endsWith("-") || w.endsWith("'"))) {
                w = w.substring(0, w.length() - 1);
            }
            if (w.endsWith("'s")) {
                w = w.substring(0, w.length() - 2);
            }
            if (w.length() < 2 || FUNCTION_WORDS.contains(w)) {
                continue;
            }
            if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
                w = w.substring(0, w.length() - 1);
            }
            w = withoutVerbEnding(w);
            out.merge(w, 1, Integer::sum);
        }
        return out;
    }

    /** "sentenced" and "sentencing" as "sentenc", "improved" and "improving" as "improv": one word told two ways. */
    static String withoutVerbEnding(String w) {
        if (w.length() > 5 && w.endsWith("ing")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.length() > 4 && w.endsWith("ed") && !w.endsWith("eed")) {
            return w.substring(0, w.length() - 2);
        }
        return w;
    }

    /** Speakers by the key that joins variants of one name, each with the fullest spelling the article gives. */
    private static Map<String, String> speakers(List<QuoteRecord> quotes) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuoteRecord q : quotes) {
            if (q.speaker() == null || !Character.isUpperCase(q.speaker().charAt(0)) || q.speaker().split(" ")[0].equalsIgnoreCase("the")) {
                continue; // "a spokeswoman", "the Kremlin": sources, not people to match by name
            }
            out.merge(nameKey(q.speaker()), q.speaker(), (x, y) -> y.length() > x.length() ? y : x);
        }
        return out;
    }

    /** A name's last word, accents and doubled letters folded: "Zelenskyy" and "Zelensky" are one key. */
    static String nameKey(String name) {
        String[] words = name.strip().split("\\s+");
        return wordKey(words[words.length - 1]);
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern REPEATS = Pattern.compile("(.)\\1+");
    private static final Pattern NOT_KEY = Pattern.compile("[^a-z0-9]");

    /**
     * {@link #nameKey} of one word: folded, runs of a letter made one, then only ASCII letters and digits kept. Every
     * word of both texts is keyed, so ASCII words (nearly all) are done by hand; the rest go through the patterns.
     */
    private static String wordKey(String word) {
        if (!isAscii(word)) {
            String folded = MARKS.matcher(Normalizer.normalize(word, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
            return NOT_KEY.matcher(REPEATS.matcher(folded).replaceAll("$1")).replaceAll("");
        }
        StringBuilder out = new StringBuilder(word.length());
        char previous = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            if (i > 0 && c == previous) {
                continue; // a run of one character counts once, whatever the character ("O''Neill" as "O'Neill")
            }
            previous = c;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<Comparison.SharedQuote> sharedQuotes(List<QuoteRecord> qa, List<QuoteRecord> qb) {
        record Candidate(int a, int b, double overlap) { }
        List<Candidate> cands = new ArrayList<>();
        List<Set<String>> wb = qb.stream().map(q -> contentWords(q.text()).keySet()).toList();
        for (int i = 0; i < qa.size(); i++) {
            Set<String> x = contentWords(qa.get(i).text()).keySet();
            for (int j = 0; j < qb.size(); j++) {
                Set<String> y = wb.get(j);
                int shorter = Math.min(x.size(), y.size());
                if (shorter == 0) {
                    continue;
                }
                long common = x.stream().filter(y::contains).count();
                double overlap = (double) common / shorter;
                boolean match = shorter < 3 ? x.equals(y) : overlap >= QUOTE_OVERLAP;
                if (match) {
                    cands.add(new Candidate(i, j, overlap));
                }
            }
        }
        cands.sort((p, q) -> Double.compare(q.overlap(), p.overlap()));
        boolean[] usedA = new boolean[qa.size()];
        boolean[] usedB = new boolean[qb.size()];
        List<Comparison.SharedQuote> out = new ArrayList<>();
        for (Candidate c : cands) {
            if (usedA[c.a()] || usedB[c.b()]) {
                continue;
            }
            usedA[c.a()] = true;
            usedB[c.b()] = true;
            QuoteRecord a = qa.get(c.a());
            QuoteRecord b = qb.get(c.b());
            out.add(new Comparison.SharedQuote(a.speaker() != null ? a.speaker() : b.speaker(), a.text(), a.start(), a.end(),
                    b.text(), b.start(), b.end(), WordDiff.of(a.text(), b.text())));
        }
        out.sort((p, q) -> Integer.compare(p.startA(), q.startA()));
        return out;
    }

    /** What one text mentions (names, numbers, dates), found once for both directions of a comparison. */
    private record TextFacts(Set<String> wordKeys, List<String> names, Set<String> numbers, Set<String> dates,
                             Set<String> dated) {
        static TextFacts of(String text, List<String> credits, String isoDate) {
            Set<String> words = new java.util.HashSet<>();
            Matcher w = WORD.matcher(text);
            while (w.find()) {
                words.add(strip(w.group()));
            }
            Set<String> keys = new java.util.HashSet<>(); // each distinct word keyed once
            for (String word : words) {
                keys.add(wordKey(word));
            }
            List<String> names = ArticleComparer.names(CREDIT_LINE.matcher(text).replaceAll(""));
            List<String> credited = creditedWords(credits);
            names = names.stream().filter(n -> credited.stream().noneMatch(c -> c.contains(" " + plainWords(n) + " "))).toList();
            return new TextFacts(keys, names, ArticleComparer.numbers(DATE.matcher(text).replaceAll(" ")),
                    ArticleComparer.dates(text), datedAs(isoDate)); // a date's day is no number
        }

        /** The article's own date as {@link ArticleComparer#dates} writes dates: "September 18", "Thursday", "2025". */
        private static Set<String> datedAs(String isoDate) {
            if (isoDate == null) {
                return Set.of();
            }
            try {
                java.time.LocalDate d = java.time.LocalDate.parse(isoDate);
                String month = d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                String weekday = d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
                return Set.of(month + " " + d.getDayOfMonth(), weekday, Integer.toString(d.getYear()));
            } catch (java.time.format.DateTimeParseException e) {
                return Set.of(); // a date the user typed some other way: nothing to leave out
            }
        }

        /** Each credit as " its words ", where a name is looked for as whole words ("Reuters" in "Reuters staff"). */
        private static List<String> creditedWords(List<String> credits) {
            return credits.stream().filter(c -> c != null && !c.isBlank()).map(c -> " " + plainWords(c) + " ").toList();
        }

        /** The names, numbers and dates of this text that {@code other} does not mention. */
        Comparison.Facts notIn(TextFacts other) {
            // by last word, spelling folded ("Wojcik" is in a text that writes "Wójcik"); one entry per person, the longest form
            Map<String, String> byKey = new java.util.LinkedHashMap<>();
            for (String name : names) {
                String key = nameKey(name);
                if (!other.wordKeys.contains(key)) {
                    byKey.merge(key, name, (a, b) -> b.length() > a.length() ? b : a);
                }
            }
            List<String> onlyNumbers = numbers.stream().filter(n -> !other.numbers.contains(n)).toList();
            List<String> onlyDates = dates.stream().filter(d -> !other.dates.contains(d) && !other.dated.contains(d)).toList();
            return new Comparison.Facts(List.copyOf(new LinkedHashSet<>(byKey.values())), onlyNumbers, onlyDates);
        }
    }

    /** A wire's credit line: "(Reporting by Ann Lee; editing by Tom Bell)", "Additional reporting by …". */
    private static final Pattern CREDIT_LINE = Pattern.compile("(?im)^[\\s(\\[]*(?:additional |further )?"
            + "(?:reporting|writing|written|editing|edited|compiled|research)(?: and (?:editing|writing))? by\\b[^\\n]*$");

    /** Lower-cased words with single spaces between them, punctuation dropped. */
    private static String plainWords(String s) {
        return String.join(" ", s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip().split(" "));
    }

    /** Runs of capitalised words that do not just open a sentence: "Jens Stoltenberg", "Brussels". */
    static List<String> names(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(text);
        List<String> run = new ArrayList<>();
        int runEnd = -1;
        boolean runOpensSentence = false;
        while (m.find()) {
            String word = strip(m.group());
            boolean cap = !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && !NOT_NAMES.contains(word)
                    && !word.equals(word.toUpperCase(Locale.ROOT)) || word.length() >= 2 && word.length() <= 5 && word.equals(word.toUpperCase(Locale.ROOT)) && Character.isLetter(word.charAt(0));
            boolean adjacent = runEnd >= 0 && text.substring(runEnd, m.start()).isBlank() && !text.substring(runEnd, m.start()).contains("\n");
            if (!cap && adjacent && !run.isEmpty() && NAME_JOINERS.contains(word) && !run.get(run.size() - 1).endsWith(",")) {
                // "Institute for Economic Research", "Bank of England": kept only if a capitalised word follows
                run.add(word);
                runEnd = m.end();
                continue;
            }
            if (cap && (run.isEmpty() || adjacent)) {
                if (run.isEmpty()) {
                    runOpensSentence = opensSentence(text, m.start());
                }
                run.add(word.endsWith("'s") || word.endsWith("’s") ? word.substring(0, word.length() - 2) : word);
                runEnd = m.end();
                if (m.group().endsWith(".") && word.length() > 3) {
                    flush(run, runOpensSentence, out);
                    runEnd = -1;
                }
                continue;
            }
            flush(run, runOpensSentence, out);
            runEnd = -1;
            if (cap) {
                runOpensSentence = opensSentence(text, m.start());
                run.add(word);
                runEnd = m.end();
            }
        }
        flush(run, runOpensSentence, out);
        return List.copyOf(out);
    }

    private static void flush(List<String> run, boolean opensSentence, Set<String> out) {
        while (!run.isEmpty() && NAME_JOINERS.contains(run.get(run.size() - 1))) {
            run.remove(run.size() - 1); // "Smith of" before a lower-case word: the joiner was not inside a name
        }
        if (!run.isEmpty() && !(opensSentence && run.size() == 1)) {
            out.add(String.join(" ", run));
        }
        run.clear();
    }

    private static boolean opensSentence(String text, int at) {
        int i = at - 1;
        while (i >= 0 && " \"'(\u201C\u201D\u2018\u2019".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?\n:".indexOf(text.charAt(i)) >= 0;
    }

    private static String strip(String word) {
        String w = word;
        while (!w.isEmpty() && (w.endsWith(".") || w.endsWith("-"))) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    static Set<String> numbers(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String n = m.group().replace(",", "").replace(" percent", "%").replace(" per cent", "%").replace("percent", "%");
            if (n.endsWith(".")) {
                n = n.substring(0, n.length() - 1);
            }
            if (!YEAR.matcher(n).matches()) {
                out.add(n);
            }
        }
        return out;
    }

    static Set<String> dates(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            String d = m.group().replace(".", "");
            String month = d.split(" ")[0];
            out.add(MONTHS.getOrDefault(month, month) + d.substring(month.length()));
        }
        Matcher y = YEAR_IN_TEXT.matcher(text);
        while (y.find()) {
            out.add(y.group());
        }
        return out;
    }
}
