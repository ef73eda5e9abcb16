package org.gazette.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name per person across the archive. Articles each give their speakers' fullest names, but outlets spell
 * them differently ("Ana Markovic", "Ana Markovich"; "Wójcik", "Wojcik") or shorten them; this maps every
 * speaker name found to the name the archive shows: the user's own corrections first (a rename or merge is an
 * alias; an alias to itself keeps a name apart), then names that are the same person by the article rules —
 * last names equal or one letter apart, first names agreeing — are shown as the fullest, most quoted of them.
 * Descriptions ("a spokeswoman") and organisations are not merged by their last word; only their forms with and
 * without "the", in any case, are one ("The Supreme Court", "the Supreme Court", "Supreme Court", "the supreme court").
 */
public final class SpeakerMerger {
    private SpeakerMerger() { }

    public static Map<String, String> canonical(Map<String, Integer> quotesByName, Map<String, String> aliases) {
        Map<String, String> out = new HashMap<>();
        List<Name> people = new ArrayList<>();
        List<String> names = new ArrayList<>(quotesByName.keySet());
        names.sort(null); // in name order, as the rules below read them
        Map<String, String> shownByBody = new HashMap<>();
        List<String> bodies = new ArrayList<>(); // organisations and descriptions
        for (String name : names) {
            String alias = aliases.get(name);
            if (alias != null) {
                out.put(name, alias);
            } else if (mayBePerson(name)) {
                people.add(new Name(name, quotesByName.getOrDefault(name, 0))); // not "The president" (a description)
            } else {
                // "The Supreme Court", "the Supreme Court" and "Supreme Court" are one: shown as the most quoted form
                shownByBody.merge(withoutThe(name), name, (a, b) -> quotesByName.getOrDefault(b, 0) > quotesByName.getOrDefault(a, 0) ? b : a);
                bodies.add(name);
            }
        }
        for (String name : bodies) {
            out.put(name, shownByBody.get(withoutThe(name)));
        }
        Set<String> outlets = new HashSet<>(); // "Bloomberg" of "Bloomberg News": a word that names an outlet too
        for (String name : names) {
            int space = name.indexOf(' ');
            if (space > 0 && name.indexOf(' ', space + 1) < 0 && MEDIA_WORDS.contains(name.substring(space + 1))) {
                outlets.add(Names.fold(name.substring(0, space)));
            }
        }
        // group by last name, folded. A spelling one letter from a more quoted last name joins it ("Zelenskyy" ->
        // "Zelensky"), one hop only: in a large archive chains of one-letter steps (Biden, Aiden, Aider, Rider)
        // would otherwise join unrelated names
        Map<String, Integer> lastCounts = new HashMap<>();
        for (Name n : people) {
            lastCounts.merge(n.last, n.quotes, Integer::sum);
        }
        List<String> lasts = new ArrayList<>(lastCounts.keySet());
        lasts.sort(java.util.Comparator.<String>comparingInt(lastCounts::get).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> rootsByVariant = new HashMap<>();
        for (String last : lasts) {
            String root = null;
            String[] variants = last.length() >= 5 ? oneLetterLess(last) : null;
            for (int i = 0; variants != null && i < variants.length && root == null; i++) {
                for (String r : rootsByVariant.getOrDefault(variants[i], List.of())) {
                    if (Names.sameLastName(r, last)) {
                        root = r;
                        break;
                    }
                }
            }
            if (root == null) {
                root = last;
                for (int i = 0; variants != null && i < variants.length; i++) {
                    rootsByVariant.computeIfAbsent(variants[i], k -> new ArrayList<>(1)).add(last);
                }
            }
            parent.put(last, root);
        }
        Map<String, List<Name>> byLast = new HashMap<>();
        for (Name n : people) {
            byLast.computeIfAbsent(parent.get(n.last), k -> new ArrayList<>()).add(n);
        }
        for (List<Name> group : byLast.values()) {
            merge(group, out, outlets);
            generationToFullName(group, out);
        }
        return out;
    }

    /**
     * A surname and a generation's suffix left apart ("Trump Jr.") is shown as the one full name of the group that ends
     * with both ("Donald Trump Jr."), where there is one.
     */
    private static void generationToFullName(List<Name> group, Map<String, String> out) {
        for (Name n : group) {
            if (!Names.isSurnameWithSuffix(n.name) || !n.name.equals(out.get(n.name))) {
                continue;
            }
            String full = null;
            for (Name other : group) {
                String shown = out.get(other.name);
                if (other != n && Names.endsWithGeneration(other.name, n.name)) {
                    if (full != null && !full.equals(shown)) {
                        full = null; // two of that surname and suffix: not told apart
                        break;
                    }
                    full = shown;
                }
            }
            if (full != null) {
                out.put(n.name, full);
            }
        }
    }

    /**
     * The last word of an outlet's name that its first word alone names too ("Bloomberg News" is "Bloomberg reported",
     * "Breitbart News" "Breitbart reports"): such a word alone is left apart from the people of that last name.
     */
    private static final Set<String> MEDIA_WORDS = Lexicon.of("News", "Newswire", "Television", "TV", "Radio", "Politics",
            "Businessweek", "Media");

    /**
     * Whether a speaker's name may be a person's: capitalised, with a capitalised last name that is not a role or an
     * institution's word nor an acronym, and no article before it. "The St. Louis Police Department", "The Detroit Free
     * Press" and a lone "Department" or "Press" had been merged by their last word and all shown as the most quoted of
     * them; "CNN" had been shown as "One CNN", and "FBI" kept apart from "the FBI".
     */
    static boolean mayBePerson(String name) {
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0)) || ARTICLE.matcher(name).lookingAt()
                || name.indexOf(',') >= 0) { // "Editorial Board, Wall Street Journal": a credit with its outlet
            return false;
        }
        String last = Names.lastName(name);
        return !last.isEmpty() && Character.isUpperCase(last.charAt(0)) && !Names.isAcronym(last) // "CNN", "the FBI"
                && (!Names.ROLE_WORD_SET.contains(last) || Names.SURNAMES_THAT_ARE_ROLES.contains(last));
    }

    private static final java.util.regex.Pattern ARTICLE = java.util.regex.Pattern.compile("(?:The|A|An) ");

    /** A description's or an organisation's words without a leading "the", in any case, apostrophes as one. */
    private static String withoutThe(String name) {
        String words = name.replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT);
        return words.length() > 4 && words.startsWith("the ") ? words.substring(4) : words;
    }

    /** A person's name with the forms the rules compare, each worked out once (an archive has tens of thousands). */
    private static final class Name {
        final String name;
        final int quotes;
        /** The name with a double name's hyphen as a space ("Okonkwo-Reyes" → "Okonkwo Reyes"). */
        final String spaced;
        /** The last name of {@link #spaced}, folded. */
        final String last;
        /** The first word as written, folded ("" for a one-word name). */
        final String first;
        final int words;

        Name(String name, int quotes) {
            this.name = name;
            this.quotes = quotes;
            spaced = spaced(name);
            last = Names.fold(Names.lastName(spaced));
            first = Names.fold(name.substring(0, Math.max(0, name.indexOf(' '))));
            words = Names.wordCount(name);
        }
    }

    /** {@code s} itself, then {@code s} without each of its letters in turn. */
    private static String[] oneLetterLess(String s) {
        String[] out = new String[s.length() + 1];
        out[0] = s;
        for (int i = 0; i < s.length(); i++) {
            out[i + 1] = s.substring(0, i) + s.substring(i + 1);
        }
        return out;
    }

    /** Within one last name: full names whose first names agree are one person; a lone last name joins the only person. */
    private static void merge(List<Name> group, Map<String, String> out, Set<String> outlets) {
        List<List<Name>> persons = new ArrayList<>();
        List<Name> bare = new ArrayList<>();
        Map<String, Name> byFolded = new HashMap<>();
        for (Name n : group) {
            // several spellings fold alike ("Donald Trump", "Donald Trump'"): the most quoted stands for them
            byFolded.merge(Names.fold(n.spaced), n, (a, b) -> b.quotes > a.quotes ? b : a);
        }
        Map<String, String> titled = new HashMap<>();
        Map<String, List<Name>> byFirst = new HashMap<>();
        List<Name> initialled = new ArrayList<>();
        for (Name n : group) {
            if (n.words == 1 || n.words == 2 && AUXILIARIES.contains(n.first)) {
                bare.add(n); // "Did Trump …?" opens a headline or a question: the word is no first name
                continue;
            }
            if (n.first.length() == 1) {
                initialled.add(n); // "J. Biden": placed once the full first names are known
                continue;
            }
            String rest = titleBefore(n, byFolded);
            if (rest != null) {
                titled.put(n.name, rest);
                continue;
            }
            // full first names (initials are placed apart); a familiar form agrees with its formal one. Looked up
            // by that form: one of the largest groups holds thousands of names
            String first = formal(n.first);
            List<Name> match = first.isEmpty() ? null : byFirst.get(first);
            if (match == null) {
                persons.add(match = new ArrayList<>());
                if (!first.isEmpty()) {
                    byFirst.put(first, match);
                }
            }
            match.add(n);
        }
        // a familiar form of several names joins the one person of the name with one of them ("Jerry Nadler" is
        // Jerrold L. Nadler where no Gerald Nadler is quoted); with two or none it stays apart
        for (var e : SHARED_FAMILIAR.entrySet()) {
            List<Name> familiar = byFirst.get(e.getKey());
            if (familiar == null) {
                continue;
            }
            List<List<Name>> fits = e.getValue().stream().map(byFirst::get).filter(java.util.Objects::nonNull).toList();
            if (fits.size() == 1) {
                fits.get(0).addAll(familiar);
                persons.remove(familiar);
            }
        }
        // an initial joins the one person whose first name it starts; with two or none it stays apart
        for (Name n : initialled) {
            List<List<Name>> fits = persons.stream().filter(p -> p.get(0).first.startsWith(n.first)).toList();
            if (fits.size() == 1) {
                fits.get(0).add(n);
            } else {
                persons.add(new ArrayList<>(List.of(n)));
            }
        }
        for (List<Name> p : persons) {
            Name best = p.get(0);
            int bw = fullness(best);
            for (Name n : p) {
                int w = n == best ? bw : fullness(n);
                int c = Integer.compare(n.quotes, best.quotes);
                if (w > bw || w == bw && (c > 0 || c == 0 && n.name.compareTo(best.name) < 0)) {
                    best = n;
                    bw = w;
                }
            }
            for (Name n : p) {
                out.put(n.name, best.name);
            }
        }
        for (var e : titled.entrySet()) {
            String shown = out.get(e.getValue());
            out.put(e.getKey(), shown != null ? shown : e.getValue());
        }
        // "Stoltenberg" is Jens Stoltenberg when the archive knows one Stoltenberg, or one nearly everybody quotes
        String dominant = dominant(persons, out);
        for (Name b : bare) {
            // "Bloomberg" beside "Bloomberg News" may be the outlet as well as Michael Bloomberg: shown as written
            boolean outlet = b.words == 1 && outlets.contains(b.last);
            out.put(b.name, dominant != null && !outlet ? dominant : b.name);
        }
    }

    /**
     * For "President-elect Donald Trump" or "Businessman Donald Trump" (a title capitalised at a sentence's start
     * taken for a first name): the name after the first word, when the archive quotes it more; else null.
     */
    private static String titleBefore(Name name, Map<String, Name> byFolded) {
        String s = name.spaced;
        // "Vice-President Joe Biden": the title may be more than one word
        for (int cut = s.indexOf(' '); cut > 0 && Names.wordCount(s.substring(cut + 1)) >= 2; cut = s.indexOf(' ', cut + 1)) {
            Name rest = byFolded.get(Names.fold(s.substring(cut + 1)));
            if (rest != null && rest.quotes > name.quotes) {
                return rest.name;
            }
        }
        return null;
    }

    /** Two words run together: a lower-case run, then a capitalised word ("McCainCindy"; not "McCain", "MacArthur", "DeSantis"). */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile("(?<!\\bM)\\p{Ll}{2}\\p{Lu}\\p{Ll}");

    /**
     * How full a name is: its distinct words ("Bernie Sanders Bernie Sanders" is no fuller than "Bernie Sanders"),
     * far less for two names run together on the page ("John McCainCindy McCain"), not shown while a clean form exists.
     */
    private static int fullness(Name name) {
        return distinctWords(name.spaced) - (GLUED.matcher(name.name).find() ? 100 : 0);
    }

    /** Whether no word of a name comes twice, in any case ("Bill de Blasio Bill": a page's link text run into the name). */
    static boolean noWordTwice(String name) {
        return distinctWords(name) == name.split(" ").length;
    }

    private static int distinctWords(String name) {
        String[] words = name.split(" ");
        int distinct = 0;
        for (int i = 0; i < words.length; i++) { // a name has a few words: compared pairwise
            words[i] = words[i].toLowerCase(java.util.Locale.ROOT);
            boolean seen = false;
            for (int j = 0; j < i && !seen; j++) {
                seen = words[j].equals(words[i]);
            }
            distinct += seen ? 0 : 1;
        }
        return distinct;
    }

    /**
     * The shown name of the person with at least 90% of a last name's quotations, or ten times as many as any other
     * person of that name (and ten at least), else null.
     */
    private static String dominant(List<List<Name>> persons, Map<String, String> out) {
        if (persons.size() == 1) {
            return out.get(persons.get(0).get(0).name);
        }
        Map<String, Integer> byShown = new HashMap<>();
        int total = 0;
        for (List<Name> p : persons) {
            for (Name n : p) {
                int c = n.quotes;
                byShown.merge(out.get(n.name), c, Integer::sum);
                total += c;
            }
        }
        String top = null;
        int first = 0;
        int second = 0;
        for (var e : byShown.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                top = e.getKey();
            } else {
                second = Math.max(second, e.getValue());
            }
        }
        // nearly all of the name's quotations, or ten times any other bearer's: a long tail of names the pages
        // garble ("Did Trump", "Team Obama") must not keep "Trump" from the Trump everybody quotes
        return first >= 10 && (first * 10L >= total * 9L || first >= 10L * second) ? top : null;
    }

    /** English auxiliaries, folded: capitalised before a last name only at a question's start, never first names. */
    private static final java.util.Set<String> AUXILIARIES = Lexicon.of("did", "does", "do", "is", "are", "was",
            "were", "has", "have", "had", "could", "would", "should", "must", "shall", "might", "didnt", "doesnt", "isnt",
            "wasnt", "hasnt", "cant", "wont", "wouldnt", "shouldnt");

    private static final java.util.regex.Pattern DOUBLE_NAME = java.util.regex.Pattern.compile("-(?=\\p{Lu})");

    /** "Maria Okonkwo-Reyes" and "Maria Okonkwo Reyes" are written two ways, one name. */
    private static String spaced(String name) {
        return name.indexOf('-') < 0 ? name : DOUBLE_NAME.matcher(name).replaceAll(" ");
    }

    /**
     * English familiar forms of first names that stand for one formal name only (Chuck Schumer is Charles E.
     * Schumer, Joe Biden is Joseph R. Biden); forms shared by two names (Jerry, Pat, Steve) are in
     * {@link #SHARED_FAMILIAR}.
     */
    private static final Map<String, String> FORMAL = formalNames(
            "charles:chuck,charlie", "william:bill,billy,will,willy", "robert:bob,bobby,rob,robbie", "richard:dick,rick,ricky,rich",
            "james:jim,jimmy", "joseph:joe,joey", "michael:mike,mikey", "thomas:tom,tommy", "edward:ed,eddie,ted,teddy,ned",
            "bernard:bernie", "david:dave,davey", "daniel:dan,danny", "anthony:tony", "andrew:andy", "alexander:alex",
            "benjamin:ben", "christopher:chris", "gregory:greg", "jeffrey:jeff", "lawrence:larry", "matthew:matt",
            "nicholas:nick", "peter:pete", "ronald:ron,ronnie", "samuel:sam", "timothy:tim", "kenneth:ken,kenny",
            "donald:don,donnie", "elizabeth:liz,beth,betsy", "susan:sue", "jennifer:jen,jenny", "margaret:maggie,meg",
            "rebecca:becky", "deborah:debbie,deb", "patrick:paddy", "frederick:fred,freddie", "raymond:ray", "walter:walt");

    /**
     * Familiar forms shared by several formal names, each with those names. Not "Mitch": "Mitch McConnell" would
     * have joined a "Michael McConnell" the archive quotes, another man.
     */
    private static final Map<String, List<String>> SHARED_FAMILIAR = Map.of(
            "jerry", List.of("gerald", "jerome", "jerrold", "jeremiah"), "pat", List.of("patrick", "patricia"),
            "steve", List.of("steven", "stephen"), "al", List.of("albert", "alan", "alfred", "allen"),
            "terry", List.of("terrence", "terence"), "vince", List.of("vincent", "vincenzo"));

    private static Map<String, String> formalNames(String... lines) {
        Map<String, String> m = new HashMap<>();
        for (String line : lines) {
            String formal = line.substring(0, line.indexOf(':'));
            for (String familiar : line.substring(line.indexOf(':') + 1).split(",")) {
                m.put(familiar, formal);
            }
        }
        return Map.copyOf(m);
    }

    private static String formal(String folded) {
        return FORMAL.getOrDefault(folded, folded);
    }
}
