package org.gazette.quotes;

import java.util.Set;

/**
 * Common first names that nearly always name one sex, for the people an article uses no pronoun for: "She added"
 * after "Richard Ferrand said" is not Ferrand's. A prior only: the article's own pronouns decide where it has any
 * ({@link Genders}). Names given to both (Jordan, Taylor, Chris, Kim, Jean) are left out.
 */
final class FirstNames {
    private FirstNames() { }

    private static final Set<String> MALE = Set.of("aaron", "adam", "alan", "albert", "alexander", "andrew", "anthony",
            "antonio", "arthur", "barack", "ben", "benjamin", "benny", "bernard", "bernie", "bill", "bob", "boris", "brad",
            "brandon", "brett", "brian", "bruce", "bryan", "carl", "carlos", "charles", "chuck", "clarence", "craig",
            "daniel", "dave", "david", "dennis", "derek", "devin", "dick", "dmitry", "don", "donald", "doug", "douglas",
            "duncan", "ed", "eddie", "edward", "emmanuel", "eric", "frank", "fred", "gary", "gavin", "george", "gerald",
            "greg", "gregory", "harold", "harry", "henry", "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake",
            "james", "jared", "jason", "jeb", "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe",
            "joel", "john", "johnny", "jon", "jonathan", "jose", "joseph", "josh", "joshua", "juan", "justin", "keith",
            "ken", "kenneth", "kevin", "kurt", "larry", "lawrence", "lindsey", "louis", "luis", "marco", "mark", "martin",
            "matt", "matthew", "michael", "mike", "mitch", "mitt", "nathan", "neil", "nicholas", "nick", "nigel",
            "patrick", "paul", "peter", "phil", "philip", "ralph", "randy", "raymond", "richard", "rick", "rob",
            "robert", "rod", "roger", "ron", "ronald", "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean",
            "sergei", "sergey", "simon", "stephen", "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd",
            "tom", "tony", "travis", "trey", "vladimir", "walter", "wayne", "william", "willie", "xavier", "zach");
    private static final Set<String> FEMALE = Set.of("abigail", "alexandra", "alice", "alicia", "amanda", "amy", "ana",
            "andrea", "angela", "anna", "anne", "annie", "barbara", "betsy", "betty", "beverly", "brenda", "carly",
            "carol", "caroline", "catherine", "cathy", "charlotte", "christina", "christine", "cindy", "claire",
            "claudia", "cynthia", "deborah", "debbie", "denise", "diana", "diane", "dianne", "donna", "doris", "dorothy",
            "elaine", "eleanor", "elizabeth", "ellen", "emily", "emma", "erin", "eva", "elena", "gina", "gloria", "grace",
            "hannah", "heather", "heidi", "helen", "hillary", "ilhan", "irene", "ivanka", "jane", "janet", "janice",
            "jennifer", "jessica", "jill", "joan", "joanne", "joyce", "judith", "judy", "julia", "julie", "karen",
            "kate", "katherine", "kathleen", "kathy", "katie", "kayleigh", "kelly", "kamala", "kirsten", "laura",
            "lauren", "linda", "lisa", "liz", "lori", "louise", "lucy", "margaret", "maria", "marie", "marine", "martha",
            "mary", "megan", "melania", "melanie", "melissa", "michelle", "michele", "mika", "monica", "nancy", "natalie",
            "nicola", "nicole", "nikki", "olivia", "pamela", "patricia", "paula", "rachel", "rebecca", "rosa", "rose",
            "ruth", "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sophie", "stephanie",
            "susan", "susie", "tara", "teresa", "theresa", "tina", "tulsi", "ursula", "valerie", "victoria", "virginia",
            "wendy");

    /** 'm' or 'f' when the name's first word is a common first name of one sex, else '?'. */
    static char gender(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return '?'; // a surname alone, or a description
        }
        String first = name.substring(0, space).toLowerCase(java.util.Locale.ROOT);
        return MALE.contains(first) ? 'm' : FEMALE.contains(first) ? 'f' : '?';
    }
}
