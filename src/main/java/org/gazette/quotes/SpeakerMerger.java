package org.gazette.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One name per person across the archive. Articles each give their speakers' fullest names, but outlets spell
 * them differently ("Ana Markovic", "Ana Markovich"; "Wójcik", "Wojcik") or shorten them; this maps every
 * speaker name found to the name the archive shows: the user's own corrections first (a rename or merge is an
 * alias; an alias to itself keeps a name apart), then names that are the same person by the article rules —
 * last names equal or one letter apart, first names agreeing — are shown as the fullest, most quoted of them.
 * Descriptions ("a spokeswoman") and organisations in lower case stay as they are.
 */
public final class SpeakerMerger {
    private SpeakerMerger() { }

    public static Map<String, String> canonical(Map<String, Integer> quotesByName, Map<String, String> aliases) {
        Map<String, String> out = new HashMap<>();
        List<String> people = new ArrayList<>();
        List<String> names = new ArrayList<>(quotesByName.keySet());
        names.sort(null); // in name order, as the rules below read them
        for (String name : names) {
            String alias = aliases.get(name);
            if (alias != null) {
                out.put(name, alias);
            } else if (!name.isEmpty() && Character.isUpperCase(name.charAt(0))
                    && Character.isUpperCase(Names.lastName(name).charAt(0))) {
                people.add(name); // not "The president" (capitalised at a sentence's start: a description)
            } else {
                out.put(name, name);
            }
        }
        // group by last name, folded. A spelling one letter from a more quoted last name joins it ("Zelenskyy" ->
        // "Zelensky"), one hop only: in a large archive chains of one-letter steps (Biden, Aiden, Aider, Rider)
        // would otherwise join unrelated names
        Map<String, Integer> lastCounts = new HashMap<>();
        for (String name : people) {
            lastCounts.merge(Names.fold(Names.lastName(spaced(name))), quotesByName.getOrDefault(name, 0), Integer::sum);
        }
        List<String> lasts = new ArrayList<>(lastCounts.keySet());
        lasts.sort(java.util.Comparator.<String>comparingInt(lastCounts::get).reversed().thenComparing(java.util.Comparator.naturalOrder()));
        Map<String, String> parent = new HashMap<>();
        Map<String, List<String>> rootsByVariant = new HashMap<>();
        for (String last : lasts) {
            String root = null;
            if (last.length() >= 5) {
                for (int i = -1; i < last.length() && root == null; i++) {
                    String d = i < 0 ? last : last.substring(0, i) + last.substring(i + 1);
                    for (String r : rootsByVariant.getOrDefault(d, List.of())) {
                        if (Names.sameLastName(r, last)) {
                            root = r;
                            break;
                        }
                    }
                }
            }
            if (root == null) {
                root = last;
                for (int i = -1; i < last.length() && last.length() >= 5; i++) {
                    rootsByVariant.computeIfAbsent(i < 0 ? last : last.substring(0, i) + last.substring(i + 1), k -> new ArrayList<>()).add(last);
                }
            }
            parent.put(last, root);
        }
        Map<String, List<String>> byLast = new HashMap<>();
        for (String name : people) {
            byLast.computeIfAbsent(parent.get(Names.fold(Names.lastName(spaced(name)))), k -> new ArrayList<>()).add(name);
        }
        for (List<String> group : byLast.values()) {
            merge(group, quotesByName, out);
        }
        return out;
    }

    /** Within one last name: full names whose first names agree are one person; a lone last name joins the only person. */
    private static void merge(List<String> group, Map<String, Integer> counts, Map<String, String> out) {
        List<List<String>> persons = new ArrayList<>();
        List<String> bare = new ArrayList<>();
        Map<String, String> byFolded = new HashMap<>();
        for (String name : group) {
            // several spellings fold alike ("Donald Trump", "Donald Trump'"): the most quoted stands for them
            byFolded.merge(Names.fold(spaced(name)), name,
                    (a, b) -> counts.getOrDefault(b, 0) > counts.getOrDefault(a, 0) ? b : a);
        }
        Map<String, String> titled = new HashMap<>();
        Map<String, List<String>> byFirst = new HashMap<>();
        List<String> initialled = new ArrayList<>();
        for (String name : group) {
            if (Names.wordCount(name) == 1 || Names.wordCount(name) == 2 && AUXILIARIES.contains(firstName(name))) {
                bare.add(name); // "Did Trump …?" opens a headline or a question: the word is no first name
                continue;
            }
            if (firstName(name).length() == 1) {
                initialled.add(name); // "J. Biden": placed once the full first names are known
                continue;
            }
            String rest = titleBefore(name, byFolded, counts);
            if (rest != null) {
                titled.put(name, rest);
                continue;
            }
            // full first names (initials are placed apart); a familiar form agrees with its formal one. Looked up
            // by that form: one of the largest groups holds thousands of names
            String first = formal(firstName(name));
            List<String> match = first.isEmpty() ? null : byFirst.get(first);
            if (match == null) {
                persons.add(match = new ArrayList<>());
                if (!first.isEmpty()) {
                    byFirst.put(first, match);
                }
            }
            match.add(name);
        }
        // an initial joins the one person whose first name it starts; with two or none it stays apart
        for (String name : initialled) {
            List<List<String>> fits = persons.stream().filter(p -> firstName(p.get(0)).startsWith(firstName(name))).toList();
            if (fits.size() == 1) {
                fits.get(0).add(name);
            } else {
                persons.add(new ArrayList<>(List.of(name)));
            }
        }
        for (List<String> p : persons) {
            String best = p.get(0);
            int bw = fullness(best);
            for (String n : p) {
                int w = n == best ? bw : fullness(n);
                int c = Integer.compare(counts.getOrDefault(n, 0), counts.getOrDefault(best, 0));
                if (w > bw || w == bw && (c > 0 || c == 0 && n.compareTo(best) < 0)) {
                    best = n;
                    bw = w;
                }
            }
            for (String n : p) {
                out.put(n, best);
            }
        }
        for (var e : titled.entrySet()) {
            String shown = out.get(e.getValue());
            out.put(e.getKey(), shown != null ? shown : e.getValue());
        }
        // "Stoltenberg" is Jens Stoltenberg when the archive knows one Stoltenberg, or one nearly everybody quotes
        String dominant = dominant(persons, counts, out);
        for (String b : bare) {
            out.put(b, dominant != null ? dominant : b);
        }
    }

    /**
     * For "President-elect Donald Trump" or "Businessman Donald Trump" (a title capitalised at a sentence's start
     * taken for a first name): the name after the first word, when the archive quotes it more; else null.
     */
    private static String titleBefore(String name, Map<String, String> byFolded, Map<String, Integer> counts) {
        String s = spaced(name);
        // "Vice-President Joe Biden": the title may be more than one word
        for (int cut = s.indexOf(' '); cut > 0 && Names.wordCount(s.substring(cut + 1)) >= 2; cut = s.indexOf(' ', cut + 1)) {
            String rest = byFolded.get(Names.fold(s.substring(cut + 1)));
            if (rest != null && counts.getOrDefault(rest, 0) > counts.getOrDefault(name, 0)) {
                return rest;
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
    private static int fullness(String name) {
        return distinctWords(spaced(name)) - (GLUED.matcher(name).find() ? 100 : 0);
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
    private static String dominant(List<List<String>> persons, Map<String, Integer> counts, Map<String, String> out) {
        if (persons.size() == 1) {
            return out.get(persons.get(0).get(0));
        }
        Map<String, Integer> byShown = new HashMap<>();
        int total = 0;
        for (List<String> p : persons) {
            for (String n : p) {
                int c = counts.getOrDefault(n, 0);
                byShown.merge(out.get(n), c, Integer::sum);
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
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("did", "does", "do", "is", "are", "was",
            "were", "has", "have", "had", "could", "would", "should", "must", "shall", "might", "didnt", "doesnt", "isnt",
            "wasnt", "hasnt", "cant", "wont", "wouldnt", "shouldnt");

    private static final java.util.regex.Pattern DOUBLE_NAME = java.util.regex.Pattern.compile("-(?=\\p{Lu})");

    /** "Maria Okonkwo-Reyes" and "Maria Okonkwo Reyes" are written two ways, one name. */
    private static String spaced(String name) {
        return name.indexOf('-') < 0 ? name : DOUBLE_NAME.matcher(name).replaceAll(" ");
    }

    private static String firstName(String name) {
        return Names.fold(name.substring(0, Math.max(0, name.indexOf(' '))));
    }

    /**
     * English familiar forms of first names that stand for one formal name only (Chuck Schumer is Charles E.
     * Schumer, Joe Biden is Joseph R. Biden); forms shared by two names (Jerry, Pat, Steve) are left alone.
     */
    private static final Map<String, String> FORMAL = formalNames(
            "charles:chuck,charlie", "william:bill,billy,will,willy", "robert:bob,bobby,rob,robbie", "richard:dick,rick,ricky,rich",
            "james:jim,jimmy", "joseph:joe,joey", "michael:mike,mikey", "thomas:tom,tommy", "edward:ed,eddie,ted,teddy,ned",
            "bernard:bernie", "david:dave,davey", "daniel:dan,danny", "anthony:tony", "andrew:andy", "alexander:alex",
            "benjamin:ben", "christopher:chris", "gregory:greg", "jeffrey:jeff", "lawrence:larry", "matthew:matt",
            "nicholas:nick", "peter:pete", "ronald:ron,ronnie", "samuel:sam", "timothy:tim", "kenneth:ken,kenny",
            "donald:don,donnie", "elizabeth:liz,beth,betsy", "susan:sue", "jennifer:jen,jenny", "margaret:maggie,meg",
            "rebecca:becky", "deborah:debbie,deb", "patrick:paddy", "frederick:fred,freddie", "raymond:ray", "walter:walt");

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
