package org.gazette.quotes;

import java.util.Set;

/**
 * Common first names that nearly always name one sex, for the people an article uses no pronoun for: "She added"
 * after "Richard Ferrand said" is not Ferrand's. A prior only: the article's own pronouns decide where it has any
 * ({@link Genders}). Names given to both (Jordan, Taylor, Chris, Kim, Jean, Lynn, Shawn, Marty) are left out.
 */
final class FirstNames {
    private FirstNames() { }

    private static final Set<String> MALE = Set.of("aaron", "adam", "alan", "albert", "alexander", "andrew", "andy",
            "anthony", "antonio", "arthur", "barack", "barry", "ben", "benjamin", "benny", "bernard", "bernie", "bill",
            "bob", "bobby", "boris", "brad", "bradley", "brandon", "brendan", "brent", "bret", "brett", "brian",
            "bruce", "bryan", "carl", "carlos", "chad", "charles", "charlie", "christian", "christopher", "chuck",
            "clarence", "cliff", "clint", "colin", "corey", "cory", "craig", "curt", "dan", "daniel", "danny",
            "darrell", "darren", "dave", "david", "dean", "denis", "dennis", "derek", "devin", "dick", "dmitry",
            "dominic", "don", "donald", "doug", "douglas", "duncan", "dwight", "ed", "eddie", "edward",
            "elijah", "eliot", "emmanuel", "enrique", "eric", "erik", "eugene", "evan", "ezra", "francis", "francois",
            "frank", "fred", "gary", "gavin", "gene", "geoff", "geoffrey", "george", "gerald", "gerry", "glenn",
            "gordon", "greg", "gregory", "guy", "hakeem", "hank", "hans", "harold", "harry", "hassan", "henry",
            "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake", "jamal", "james", "jared", "jason", "jay", "jeb",
            "jeff", "jeffrey", "jeremy", "jerome", "jerry", "jim", "jimmy", "joe", "joel", "john", "johnny",
            "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "julian", "justin", "karl", "keith",
            "ken", "kenneth", "kent", "kevin", "kurt", "kyle", "lance", "larry", "laurence", "lawrence", "leon",
            "leonard", "lindsey", "lloyd", "louie", "louis", "luis", "malcolm", "marc", "marco", "mario", "mark",
            "martin", "matt", "matthew", "max", "michael", "mike", "mitch", "mitt", "mohamed", "mohammad",
            "mohammed", "nate", "nathan", "neal", "ned", "neil", "nicholas", "nick", "nigel", "noah", "norman",
            "oliver", "omar", "patrick", "paul", "pete", "peter", "phil", "philip", "ralph", "randall", "randy", "raul",
            "ray", "raymond", "richard", "rick", "rob", "robert", "rod", "rodney", "roger", "ron", "ronald", "ross",
            "roy", "rudy", "russell", "ryan", "sam", "samuel", "scott", "sean", "sergei", "sergey", "seth", "shaun",
            "sheldon", "simon", "spencer", "stan", "stanley", "stephen", "steve", "steven", "stuart", "ted",
            "theodore", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis", "trent", "trevor", "trey",
            "tyler", "victor", "vincent", "vladimir", "walter", "wayne", "william", "willie", "xavier", "zach");
    private static final Set<String> FEMALE = Set.of("abigail", "alexandra", "alice", "alicia", "alison", "allison",
            "amanda", "amber", "amy", "ana", "andrea", "angela", "ann", "anna", "anne", "annie", "barbara", "beth",
            "betsy", "betty", "beverly", "brenda", "caitlin", "carly", "carol", "caroline", "carolyn",
            "carrie", "catherine", "cathy", "charlotte", "cheryl", "christina", "christine", "cindy", "claire",
            "claudia", "cynthia", "danielle", "dawn", "debbie", "deborah", "debra", "denise", "diana", "diane",
            "dianne", "donna", "doris", "dorothy", "elaine", "eleanor", "elena", "elise", "elizabeth", "ellen", "emily",
            "emma", "erica", "erin", "eva", "fiona", "frances", "gina", "gloria", "grace", "gretchen", "hannah",
            "heather", "heidi", "helen", "hillary", "ilhan", "irene", "ivana", "ivanka", "jane", "janet", "janice",
            "jeanne", "jen", "jennifer", "jenny", "jessica", "jill", "joan", "joanne", "joy", "joyce", "judith", "judy",
            "julia", "julie", "kamala", "karen", "kate", "katherine", "kathleen", "kathy", "katie", "kayleigh",
            "keisha", "kelly", "kirsten", "kristen", "kristin", "laura", "lauren", "linda", "lisa", "liz", "lois",
            "loretta", "lori", "louise", "lucy", "margaret", "maria", "marianne", "marie", "marilyn", "marine",
            "marjorie", "martha", "mary", "maureen", "maxine", "maya", "megan", "meghan", "melania", "melanie",
            "melissa", "michele", "michelle", "mika", "monica", "nancy", "natalie", "nicola", "nicole", "nikki", "nina",
            "olivia", "pamela", "patricia", "patty", "paula", "rachel", "rebecca", "rosa", "rose", "ruth", "sally",
            "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shelley", "shirley", "sonia", "sophie",
            "stacey", "stephanie", "sue", "susan", "susie", "tammy", "tara", "teresa", "theresa", "tina", "tulsi",
            "ursula", "valerie", "vanessa", "victoria", "virginia", "wendy");

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
