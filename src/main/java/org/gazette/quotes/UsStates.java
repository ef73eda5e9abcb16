package org.gazette.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The U.S. states as papers write them after a name or a town: the name, the AP abbreviation ("Calif.", "N.Y.";
 * none for the states AP spells out), the postal code ("CA"), and older forms ("Cal.", "Tex."). One table for the
 * rules that read them ({@link Names#isStateAbbreviation}, {@link PartyEpithets}).
 */
final class UsStates {
    private UsStates() { }

    /** Name | AP abbreviation without its full stop (empty: spelled out) | postal code | other forms. */
    private static final String[] TABLE = {
        "Alabama|Ala|AL", "Alaska||AK", "Arizona|Ariz|AZ", "Arkansas|Ark|AR", "California|Calif|CA|Cal", "Colorado|Colo|CO",
        "Connecticut|Conn|CT", "Delaware|Del|DE", "Florida|Fla|FL", "Georgia|Ga|GA", "Hawaii||HI", "Idaho||ID",
        "Illinois|Ill|IL", "Indiana|Ind|IN", "Iowa||IA", "Kansas|Kan|KS|Kans", "Kentucky|Ky|KY", "Louisiana|La|LA",
        "Maine||ME", "Maryland|Md|MD", "Massachusetts|Mass|MA", "Michigan|Mich|MI", "Minnesota|Minn|MN",
        "Mississippi|Miss|MS", "Missouri|Mo|MO", "Montana|Mont|MT", "Nebraska|Neb|NE|Nebr", "Nevada|Nev|NV",
        "New Hampshire|N.H|NH", "New Jersey|N.J|NJ", "New Mexico|N.M|NM", "New York|N.Y|NY", "North Carolina|N.C|NC",
        "North Dakota|N.D|ND", "Ohio||OH", "Oklahoma|Okla|OK", "Oregon|Ore|OR|Oreg", "Pennsylvania|Pa|PA|Penn",
        "Rhode Island|R.I|RI", "South Carolina|S.C|SC", "South Dakota|S.D|SD", "Tennessee|Tenn|TN", "Texas||TX|Tex",
        "Utah||UT", "Vermont|Vt|VT", "Virginia|Va|VA", "Washington|Wash|WA", "West Virginia|W.Va|WV|W. Va",
        "Wisconsin|Wis|WI|Wisc", "Wyoming|Wyo|WY",
    };

    /** Every form without a final full stop, to the state's name. */
    private static final Map<String, String> STATE_OF = new HashMap<>();
    /** The AP abbreviations with their full stops ("Va.", "N.Y."). */
    private static final Set<String> AP = new HashSet<>();
    /** The states' names, as a regex alternation. */
    static final String NAMES_PATTERN;

    static {
        StringBuilder names = new StringBuilder();
        for (String row : TABLE) {
            String[] forms = row.split("\\|");
            for (String form : forms) {
                if (!form.isEmpty()) {
                    STATE_OF.put(form, forms[0]);
                }
            }
            if (!forms[1].isEmpty()) {
                AP.add(forms[1] + ".");
            }
            names.append(names.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(forms[0]));
        }
        NAMES_PATTERN = names.toString();
    }

    /** The state a name or an abbreviation written without its final full stop stands for ("Ky", "KY", "Kentucky"), or null. */
    static String stateOf(String form) {
        return STATE_OF.get(form);
    }

    /** Whether {@code name} is a state's name as written in full ("New Hampshire", "Ohio"). */
    static boolean isStateName(String name) {
        return name.equals(STATE_OF.get(name));
    }

    /** Whether {@code s} is a state's AP abbreviation with its full stop ("Va.", "W.Va."; not "D.C."). */
    static boolean isApAbbreviation(String s) {
        return AP.contains(s);
    }
}
