package org.gazette.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * The article's people by last name: the fullest mention of each last name, and the last names spelled one
 * letter apart (so Zelensky finds Zelenskyy). An article names a few dozen people, compared one by one; a text
 * that names thousands gets an index of every last name one deletion away, so lookups stay linear.
 */
final class ArticlePeople {
    /** Above this many long last names, spellings one letter apart are found through the deletion index. */
    private static final int COMPARED_ONE_BY_ONE = 64;
    /** For each last name, its fullest mention. */
    private final java.util.Map<String, String> fullestByLast = new java.util.HashMap<>();
    /** The people of each last name, in the order first mentioned. */
    private final java.util.Map<String, List<Person>> peopleByLast = new java.util.HashMap<>();
    /** Folded last names of five letters or more, in the order first mentioned. */
    private final List<String> longLasts = new ArrayList<>();
    private DeletionIndex byDeletion;
    private final Relatives relatives;

    private final java.util.Map<String, String> fullestCache = new java.util.HashMap<>();
    private boolean namesRelatives;
    /** Whether two people of the article share a last name (most articles: no). */
    private boolean sharedLastName;
    private final java.util.Map<String, Boolean> variantCache = new java.util.HashMap<>();
    /** Bit n: some last name folds to n letters; bit c - 'a': some folds to start with c (unless nonAsciiFirst). */
    private long lastLengths;
    private long lastFirsts;
    private boolean nonAsciiFirst;

    ArticlePeople(List<String> mentions) {
        this(mentions, new Relatives());
    }

    /** The people of these mentions, families told apart as {@code relatives} noted while the mentions were read. */
    ArticlePeople(List<String> mentions, Relatives relatives) {
        this.relatives = relatives;
        for (String m : new java.util.LinkedHashSet<>(mentions)) { // a name said 1,000 times is indexed once
            String last = Names.fold(Names.lastName(m));
            if (last.isEmpty()) {
                continue;
            }
            lastLengths |= 1L << Math.min(last.length(), 63);
            char f = last.charAt(0);
            if (f >= 'a' && f <= 'z') {
                lastFirsts |= 1L << (f - 'a');
            } else {
                nonAsciiFirst = true;
            }
            List<Person> family = peopleByLast.get(last);
            if (family == null) {
                family = new ArrayList<>(1);
                peopleByLast.put(last, family);
                if (last.length() >= 5) {
                    longLasts.add(last);
                }
            }
            int kin = relatives.kin(m);
            namesRelatives |= kin != 0;
            add(family, m, kin, relatives.titledAlone(last));
        }
        for (var e : peopleByLast.entrySet()) {
            sharedLastName |= e.getValue().size() > 1;
            // a last name alone is the person named most fully (of two as full, the first named). Tried: the
            // person named most often in full, and the first named in full; both read worse on AllSides (the
            // story's main person is the one it calls by the last name alone, and names the others in full).
            // A relative is passed over when the article also writes the surname alone with a title no relative
            // of it has ("President Trump", "Mr. Trump" beside "first lady Melania Trump"): the surname is then
            // someone else's, and stays a surname if nobody else has it in full. Without such a title a story
            // about Melania Trump may call her "Trump"
            int titled = relatives.titledAlone(e.getKey());
            boolean someoneElse = false;
            boolean relativesApart = true;
            for (Person p : e.getValue()) {
                someoneElse |= p.kin == 0;
                relativesApart &= p.kin == 0 || Relatives.apart(titled, p.kin);
            }
            boolean passOver = someoneElse && relativesApart;
            String fullest = null;
            for (Person p : e.getValue()) {
                if (!(passOver && p.kin != 0)) {
                    fullest = fullest == null || Names.wordCount(p.fullest) > Names.wordCount(fullest) ? p.fullest : fullest;
                }
            }
            fullestByLast.put(e.getKey(), fullest);
        }
    }

    /**
     * A mention joins the person of its last name whose first name it shares (Donald J. Trump, Donald Trump),
     * or one so far known by the last name alone; else it is another person of that name (Melania Trump).
     */
    private static void add(List<Person> family, String m, int kin, int titledAlone) {
        if (Names.wordCount(m) == 1) {
            boolean relativesOnly = !family.isEmpty();
            for (Person p : family) {
                relativesOnly &= p.kin != 0 && Relatives.apart(titledAlone, p.kin);
            }
            if (!family.isEmpty() && !relativesOnly) {
                return; // a last name alone names nobody new (but "President Trump" is not "first lady Melania Trump")
            }
        }
        for (Person p : family) {
            if (Names.wordCount(p.fullest) > 1 && m.endsWith(" " + p.fullest)) {
                return; // "Wacko John Bolton", "Convention Hillary Clinton": a word before a full name is no fuller name
            }
        }
        for (Person p : family) {
            boolean bare = Names.wordCount(p.fullest) == 1;
            if (bare && kin != 0 && Relatives.apart(titledAlone, kin)) {
                continue; // "first lady Melania Trump" is not the "President Trump" named before her
            }
            if (bare || Names.wordCount(m) > 1 && firstNamesAgree(p.fullest, m)) {
                if (Names.wordCount(m) > Names.wordCount(p.fullest)) {
                    p.fullest = m;
                }
                // a relative only if every way the article names them says so: "his son, George W. Bush" and
                // "George Bush" join as one person (first names agree), who is the story's, not a relative
                p.kin = p.kin == 0 || kin == 0 ? 0 : p.kin | kin;
                return;
            }
        }
        Person p = new Person();
        p.fullest = m;
        p.kin = kin;
        family.add(p);
    }

    /** Whether the article introduces anyone as a relative (most do not: nothing more to ask then). */
    public boolean namesRelatives() {
        return namesRelatives;
    }

    /** One person of a last name: the fullest way the article names them, and how it introduces them as a relative. */
    private static final class Person {
        String fullest;
        int kin;
    }

    /**
     * As {@link #fullest(String)}, for a name written with a title that tells the person's sex ("Mrs. Trump":
     * 'f'): a surname alone is then the one relative of that sex the article introduces, where it would otherwise
     * stay a surname or name a relative of the other sex. Not where it names someone plainly: without the sexes
     * of first names, "Mrs. Romney" could be Ann Romney as well as the mother the article introduces.
     */
    public String fullest(String name, char sex) {
        String fullest = fullest(name);
        boolean ask = name != null && sex != '?' && name.indexOf(' ') < 0
                && (fullest.indexOf(' ') < 0 || kinOf(fullest) != 0 && Relatives.sex(kinOf(fullest)) != sex);
        if (ask) {
            List<Person> family = peopleByLast.get(Names.fold(Names.lastName(name)));
            Person match = null;
            for (int i = 0; family != null && i < family.size(); i++) {
                Person p = family.get(i);
                if (p.kin != 0 && Relatives.sex(p.kin) == sex) {
                    if (match != null) {
                        return fullest; // two daughters: the title does not tell which
                    }
                    match = p;
                }
            }
            if (match != null) {
                return match.fullest;
            }
        }
        if (sex != '?' && name != null && name.indexOf(' ') < 0 && otherSexFirstName(fullest, sex)) {
            // "Mr. Clinton said" where the fullest Clinton is Hillary Rodham Clinton: the one of his sex the article
            // names in full (Bill Clinton), else the surname ("Mrs. McDonnell wrote" where only Bob McDonnell is named);
            // with one title only, the one of that sex where the article names one ("Jim and Ellen Storey … Mrs.
            // Storey"), else the person as named ("Ms. Bland" where Bob Bland is the only Bland)
            String match = ofSex(name, sex);
            if (titledAsBothSexes(name)) {
                return match != null ? match : name;
            }
            return match != null ? match : fullest;
        }
        return fullest;
    }

    /** Whether the article names more than one person of this last name. */
    boolean severalOfLastName(String name) {
        List<Person> family = peopleByLast.get(Names.fold(Names.lastName(name)));
        return family != null && family.size() > 1;
    }

    /**
     * The one person of this surname whose first name is of {@code sex} ('m' or 'f'), as the article names them in
     * full; null if none or several.
     */
    String ofSex(String surname, char sex) {
        List<Person> family = peopleByLast.get(Names.fold(Names.lastName(surname)));
        String match = null;
        for (int i = 0; family != null && i < family.size(); i++) {
            String other = family.get(i).fullest;
            if (!other.equals(match) && FirstNames.gender(other) == sex) {
                if (match != null) {
                    return null;
                }
                match = other;
            }
        }
        return match;
    }

    /**
     * Whether the article writes this surname alone after "Mr." and after "Mrs.", "Ms." or "Miss": two people of it
     * (where only one sex's title stands, a first name of the other sex is that person's: "Ms. Bland", Bob Bland).
     */
    boolean titledAsBothSexes(String surname) {
        int both = Relatives.MR | Relatives.MRS;
        return (relatives.titledAlone(Names.fold(Names.lastName(surname))) & both) == both;
    }

    /** Whether {@code fullest} opens with a first name of the sex other than {@code sex} ('m' or 'f'). */
    static boolean otherSexFirstName(String fullest, char sex) {
        char first = FirstNames.gender(fullest);
        return first != '?' && first != sex;
    }

    /** The sex the article's introductions of this person as a relative tell ("his wife, Marla Maples": 'f'), or '?'. */
    char kinSex(String name) {
        return namesRelatives && name != null ? Relatives.sex(kinOf(fullest(name))) : '?';
    }

    /** How the person named {@code fullest} is introduced as a relative (0 if not, or unknown). */
    private int kinOf(String fullest) {
        for (Person p : peopleByLast.getOrDefault(Names.fold(Names.lastName(fullest)), List.of())) {
            if (p.fullest.equals(fullest)) {
                return p.kin;
            }
        }
        return 0;
    }

    /** The fullest mention whose last name is this name's, or one letter away; the name itself if none. */
    public String fullest(String name) {
        if (name == null) {
            return null;
        }
        String known = fullestCache.get(name);
        if (known == null) {
            known = findFullest(name);
            fullestCache.put(name, known);
        }
        return known;
    }

    private String findFullest(String name) {
        String last = Names.fold(Names.lastName(name));
        String joined = spacedDoubleSurname(name);
        if (joined != null) {
            return joined; // "Ocasio Cortez said" after "Rep. Alexandria Ocasio-Cortez"
        }
        String generation = surnameWithSuffix(name);
        if (generation != null) {
            return generation; // "Trump Jr. said" after "Donald Trump Jr."
        }
        if (Names.wordCount(name) > 1 && peopleByLast.containsKey(last)) {
            // "Ivana Trump" is Ivana's fullest form, not a longer Trump's; "Donald Trump" is "Donald J. Trump"
            // rather than a run that merely ends with it ("Related Coverage Donald Trump")
            for (Person p : peopleByLast.get(last)) {
                if (firstNamesAgree(p.fullest, name) && Names.wordCount(p.fullest) > Names.wordCount(name)) {
                    return p.fullest;
                }
            }
        }
        String best = fullestByLast.get(last);
        if (last.length() >= 5) { // spellings one letter apart are the same person: take the fullest of them
            String exact = best;
            for (String other : variants(last)) { // in mention order: of two as full, the first named
                String candidate = fullestByLast.get(other);
                if (exact != null && Names.wordCount(exact) > 1 && !other.equals(last) && !firstNamesAgree(candidate, exact)) {
                    continue; // "Kerry" is the John Kerry named so, not Sue Mi Terry one letter away
                }
                if (best == null || Names.wordCount(candidate) > Names.wordCount(best)) {
                    best = candidate;
                }
            }
        }
        if (best == null && Names.wordCount(name) == 1) {
            String first = byFirstName(name);
            return first != null ? first : name; // "Hillary said" where the article names Hillary Clinton
        }
        if (best == null || Names.wordCount(best) <= Names.wordCount(name)) {
            return name;
        }
        return Names.wordCount(name) == 1 || best.endsWith(name) || firstNamesAgree(best, name) ? best : name;
    }

    /**
     * The fullest name of the one person the article names with {@code name}'s surname and generation's suffix ("Donald
     * Trump Jr." for "Trump Jr."), or null: {@code name} is no surname and suffix, or the article names no one so, or
     * several.
     */
    private String surnameWithSuffix(String name) {
        if (!Names.isSurnameWithSuffix(name)) {
            return null;
        }
        List<Person> family = peopleByLast.get(Names.fold(Names.lastName(name)));
        String found = null;
        for (int i = 0; family != null && i < family.size(); i++) {
            if (Names.endsWithGeneration(family.get(i).fullest, name)) {
                if (found != null && !found.equals(family.get(i).fullest)) {
                    return null; // two of that surname and suffix: the text does not tell which
                }
                found = family.get(i).fullest;
            }
        }
        // written as the cue writes the suffix ("Jr."), where the mention's stop was read as the sentence's
        return found != null && name.endsWith(".") && !found.endsWith(".") ? found + "." : found;
    }

    /**
     * The fullest name of the one person whose double surname, written with a hyphen, {@code name}'s last two words spell
     * with a space ("Ocasio Cortez" for Alexandria Ocasio-Cortez), or null: the article names no one so, or several.
     */
    private String spacedDoubleSurname(String name) {
        int space = name.lastIndexOf(' ');
        if (space <= 0) {
            return null;
        }
        int before = name.lastIndexOf(' ', space - 1);
        String first = name.substring(before + 1, space);
        if (first.isEmpty() || !Character.isUpperCase(first.charAt(0)) || FirstNames.genderOfFirstName(first) != '?') {
            return null; // "Maria Cortez": a first name and a surname
        }
        List<Person> family = peopleByLast.get(Names.fold(first + name.substring(space + 1)));
        if (family == null || family.size() != 1) {
            return null;
        }
        String fullest = family.get(0).fullest;
        String hyphened = first + "-" + name.substring(space + 1);
        return fullest.endsWith(hyphened) && Names.wordCount(fullest) > 1 ? fullest : null;
    }

    /**
     * The speaker to show for {@code who} as {@link #fullest} gives it: a common first name alone ("Hillary said")
     * that no one of the article has as a surname is the one person the article names in full with it (Hillary
     * Clinton), as stories call candidates, children and a family's members after naming them in full. Where it
     * names several so ("Bill Clinton", "Bill de Blasio"), or none (a first name and a suffix, "Bryan Jr.", is no
     * full name), {@code who} as it is. Only what is shown: the pronouns and continuations read the names as the text
     * gives them.
     */
    String shownInFull(String who) {
        if (who == null || who.indexOf(' ') >= 0 || FirstNames.genderOfFirstName(who) == '?') {
            return who;
        }
        String full = onlyOneFirstNamed(who);
        return full != null ? full : who;
    }

    /**
     * The one person the article names in full with {@code first} as their first word ("Hillary Clinton" for
     * "Hillary"), or null where it names none or several so ("Bill Clinton" and "Bill de Blasio").
     */
    private String onlyOneFirstNamed(String first) {
        if (first.length() < 2 || !Character.isUpperCase(first.charAt(0))) {
            return null;
        }
        String found = null;
        for (List<Person> family : peopleByLast.values()) {
            for (Person p : family) {
                String full = p.fullest;
                if (full.length() > first.length() && full.charAt(first.length()) == ' ' && full.startsWith(first)
                        && !full.equals(found) && !(Names.wordCount(full) == 2 && Names.isSuffix(Names.lastName(full)))) {
                    if (found != null) {
                        return null;
                    }
                    found = full;
                }
            }
        }
        return found;
    }

    /** Whether the article names someone whose last name is this one spelled one letter differently. */
    public boolean knowsVariant(String last) {
        Boolean known = variantCache.get(last);
        if (known == null) {
            String f = Names.fold(last);
            known = f.length() >= 5 && !variants(f).isEmpty();
            variantCache.put(last, known);
        }
        return known;
    }

    /** The long last names equal to folded {@code f} or one letter away from it, in mention order. */
    private List<String> variants(String f) {
        List<String> out = new ArrayList<>(2);
        if (longLasts.size() <= COMPARED_ONE_BY_ONE) {
            for (String other : longLasts) {
                if (Names.sameFolded(other, f)) {
                    out.add(other);
                }
            }
            return out;
        }
        if (byDeletion == null) {
            byDeletion = new DeletionIndex(longLasts);
        }
        for (int i : byDeletion.candidates(f)) { // in mention order
            if (Names.sameFolded(longLasts.get(i), f)) {
                out.add(longLasts.get(i));
            }
        }
        return out;
    }

    /**
     * The fullest mention of the one person named with this first and last name ("Paige Mitchell" where the
     * article also names Joyce Mitchell), or null if the article names nobody so.
     */
    String personNamed(String firstAndLast) {
        if (!sharedLastName) {
            return null; // most articles: no two people of one last name
        }
        List<Person> family = peopleByLast.get(Names.fold(Names.lastName(firstAndLast)));
        if (family == null || family.size() < 2) {
            return null; // one person of that last name: the last name alone already says who
        }
        if (!givenName(firstAndLast.substring(0, firstAndLast.indexOf(' ')))) {
            return null; // "de Blasio", "Indian-born Bharara", "Prof Brewer": no first name
        }
        for (Person p : family) {
            if (Names.wordCount(p.fullest) > 1 && firstNamesAgree(p.fullest, firstAndLast)) {
                return p.fullest;
            }
        }
        return null;
    }

    /**
     * The person a capitalised word of the text names by last name, {@code text[start, end)} without an owner's mark: the
     * one of several of that name the words before it give ({@link #personEndingAt}), else the fullest; null for none.
     */
    String personAt(String text, int start, int end) {
        String person = byLastName(text, start, end);
        if (person == null) {
            return null;
        }
        String named = personEndingAt(text, start, end); // "Paige Mitchell" is not the Joyce Mitchell named first
        return named != null ? named : person;
    }

    /**
     * The one person of several of a last name that the capitalised words right before {@code text[start, end)}
     * name with it: the word just before ("Paige Mitchell", "President Bill Clinton"), or the first of up to four
     * ("Hillary Rodham Clinton"). Null when the article names only one person so, or the words name nobody.
     */
    String personEndingAt(String text, int start, int end) {
        if (!sharedLastName || start < 2 || text.charAt(start - 1) != ' ') {
            return null;
        }
        String last = text.charAt(end - 1) == '.' ? text.substring(start, end - 1) : text.substring(start, end);
        List<Person> family = peopleByLast.get(Names.fold(last));
        if (family == null || family.size() < 2) {
            return null; // one person of that last name: the last name alone already says who
        }
        int space = start - 1; // the space after the word looked at
        for (int words = 0; words < 4; words++) {
            int a = space;
            while (a > 0 && (Character.isLetter(text.charAt(a - 1)) || text.charAt(a - 1) == '-' || text.charAt(a - 1) == '.')) {
                a--;
            }
            if (a == space || !Character.isUpperCase(text.charAt(a))) {
                return null;
            }
            String word = text.substring(a, space);
            String named = personNamed(word + " " + last); // null unless the word may be a first name
            // the word right before the last name, or words before it that are the person's name as the
            // article writes it in full ("Hillary Rodham Clinton"; not "Warren Backs Hillary Clinton")
            if (named != null && (words == 0 || named.equals(text.substring(a, start) + last))) {
                return named;
            }
            if (a < 2 || text.charAt(a - 1) != ' ') {
                return null;
            }
            space = a - 1;
        }
        return null;
    }

    /** Whether a word may be a first name: capitalised letters, no particle, title or role word. */
    private static boolean givenName(String w) {
        if (w.length() < 2 || !Character.isUpperCase(w.charAt(0)) || Names.PARTICLE_SET.contains(w) || Names.ROLE_WORD_SET.contains(w)
                || Names.PERSON_TITLE_SET.contains(w)) {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The one person the article names in full whose first word is {@code word} ("Hillary" for Hillary Clinton, "Sandy"
     * beside Carl Levin for Sandy Levin), where the word is a known first name and nobody's last name; null if no one's
     * or several people's. A story calls people by the first name alone to tell a family apart, or familiarly.
     */
    String byFirstName(String word) {
        if (byFirst == null) {
            byFirst = new java.util.HashMap<>();
            for (List<Person> family : peopleByLast.values()) {
                for (Person p : family) {
                    int space = p.fullest.indexOf(' ');
                    String first = space > 0 ? p.fullest.substring(0, space) : null;
                    if (first != null && givenName(first) && FirstNames.genderOfFirstName(first) != '?'
                            && !UsStates.isStateName(first)) { // "Virginia Capitol": a place's name, not a person's
                        // two people of one first name: the word alone does not say which ("" marks it so)
                        byFirst.merge(Names.fold(first), p.fullest, (a, b) -> a.equals(b) ? a : "");
                    }
                }
            }
        }
        String folded = Names.fold(word);
        if (byFirst.isEmpty() || fullestByLast.containsKey(folded)) {
            return null;
        }
        String found = byFirst.get(folded);
        return found == null || found.isEmpty() ? null : found;
    }

    /** Folded first words of the people named in full, to their fullest name ("" for several), built when first asked. */
    private java.util.Map<String, String> byFirst;

    /** The fullest mention for a last name exactly as written, or null. */
    public String byLastName(String word) {
        return fullestByLast.get(Names.fold(word));
    }

    /**
     * As {@link #byLastName(String)} for the word {@code text[from, to)}, ruling out most words by their folded
     * length and first letter before copying them (every capitalised word of an article is asked about).
     */
    String byLastName(String text, int from, int to) {
        int letters = 0;
        char first = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= 128) {
                return byLastName(text.subSequence(from, to).toString()); // accents fold: no quick answer
            }
            if (Words.isLetter(c)) {
                first = letters++ == 0 ? (char) (c | 32) : first;
            }
        }
        if (letters == 0 || (lastLengths & (1L << Math.min(letters, 63))) == 0
                || (lastFirsts & (1L << (first - 'a'))) == 0 && !nonAsciiFirst) {
            return null;
        }
        return byLastName(text.subSequence(from, to).toString());
    }

    /** Whether two names open with the same first name, case aside. */
    private static boolean firstNamesAgree(String a, String b) {
        return a.split(" ")[0].equalsIgnoreCase(b.split(" ")[0]);
    }
}
