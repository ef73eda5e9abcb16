package org.gazette.quotes;

/**
 * The people named in the text so far, outside quotes, newest last: read once, front to back, as the quotes
 * are attributed in order, so resolving every pronoun of a text costs one pass over it.
 */
final class RecentPeople {
    private static final int WINDOW = 3000;
    private final Tokens tokens;
    private final ArticlePeople people;
    private final java.util.ArrayDeque<Object[]> seen = new java.util.ArrayDeque<>();
    private int scanned;
    /** Whether the last word read is one that makes the next an object ("to", "with"). */
    private boolean afterObjectMarker;
    private static final WordSet OBJECT_MARKERS = new WordSet(Lexicon.of("a", "an", "the", "to", "of", "for",
            "with", "by", "from", "at", "in", "on", "about", "against", "into", "over", "under", "between", "among",
            "toward", "towards", "than", "like", "via", "per"));

    RecentPeople(Tokens tokens, ArticlePeople people) {
        this.tokens = tokens;
        this.people = people;
    }

    /**
     * The person named last before {@code pos} whose pronouns in the article fit the given one, other than {@code except}
     * (when not null).
     */
    String lastBefore(int pos, String lastSpeaker, char pronounGender, Genders genders, String except) {
        String speakerLast = lastSpeaker == null ? null : Names.lastName(lastSpeaker);
        if (pos > scanned) {
            String masked = tokens.text;
            Words words = tokens.words(scanned, pos); // words asked about in place: most are not copied
            while (words.next()) {
                int start = words.start();
                int end = words.end();
                boolean object = afterObjectMarker;
                afterObjectMarker = OBJECT_MARKERS.contains(masked, start, end);
                if (!Character.isUpperCase(masked.charAt(start)) || object) {
                    continue; // "to Pell Grants", "with Clinton": an object, not who speaks next
                }
                end = Names.endWithoutPossessive(masked, start, end);
                String person;
                if (speakerLast != null && speakerLast.length() == end - start && masked.regionMatches(start, speakerLast, 0, end - start)) {
                    String named = people.personEndingAt(masked, start, end); // "Paige Mitchell" is not the Joyce Mitchell named first
                    person = named != null ? named : lastSpeaker;
                } else {
                    person = people.personAt(masked, start, end);
                }
                if (person != null) {
                    seen.addLast(new Object[] {start, person});
                    if (seen.size() > 32) {
                        seen.removeFirst();
                    }
                }
            }
            scanned = pos;
        }
        for (var it = seen.descendingIterator(); it.hasNext();) {
            Object[] e = it.next();
            if ((int) e[0] < pos - WINDOW) {
                break;
            }
            if (genders.fits((String) e[1], pronounGender) && !e[1].equals(except)) {
                return (String) e[1];
            }
        }
        return null;
    }
}
