package org.gazette.cli;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.gazette.app.Gazette;

/**
 * Speakers' names as a user types them on the command line ("Nadler"), resolved to the names the archive shows
 * ({@link Gazette#speakersNamed}). Where a name was resolved to others, stderr says to whom, so stdout stays data.
 */
final class TypedSpeakers {
    private TypedSpeakers() { }

    static Set<String> resolve(Gazette g, Collection<String> typed, PrintWriter err) {
        Set<String> shown = new LinkedHashSet<>();
        for (String name : typed) {
            List<String> found = g.speakersNamed(name);
            if (found.isEmpty()) {
                err.println("No speaker named \u201c" + name + "\u201d in the archive.");
            } else if (!found.equals(List.of(name))) {
                err.println("\u201c" + name + "\u201d: " + String.join(", ", found) + ".");
            }
            shown.addAll(found);
        }
        return shown;
    }
}
