package org.gazette.quotes;

import java.util.Set;

/**
 * Common first names that nearly always name one sex, for the people an article uses no pronoun for: "She added"
 * after "Richard Ferrand said" is not Ferrand's. A prior only: the article's own pronouns decide where it has any
 * ({@link Genders}). Names given to both (Jordan, Taylor, Chris, Kim, Jean, Lynn, Shawn, Marty) are left out.
 */
final class FirstNames {
    private FirstNames() { }

    private static final Set<String> MALE = Set.of("aaron", "abraham", "adam", "ajit", "alan", "albert", "alberto",
            "alexander", "andrew", "andy", "angus", "anthony", "antonin", "antonio", "arne", "arthur", "barack",
            "barry", "bashar", "ben", "benjamin", "benny", "bernard", "bernie", "beto", "bill", "bob", "bobby", "boris",
            "brad", "bradley", "brandon", "brendan", "brent", "bret", "brett", "brian", "bruce", "bryan", "carl",
            "carlos", "chad", "charles", "charlie", "christian", "christopher", "chuck", "clarence", "cliff", "clint",
            "colin", "corey", "cory", "craig", "curt", "damon", "dan", "daniel", "danny", "darrell", "darren", "dave",
            "david", "dean", "denis", "dennis", "derek", "derrick", "deval", "devin", "dick", "dmitry", "dominic",
            "don", "donald", "doug", "douglas", "duncan", "dwight", "ed", "eddie", "edward", "elijah", "eliot",
            "emmanuel", "enrique", "eric", "erick", "erik", "eugene", "evan", "ezra", "francis", "francois", "frank",
            "fred", "gary", "gavin", "gene", "geoff", "geoffrey", "george", "gerald", "gerry", "glenn", "gordon",
            "greg", "gregory", "grover", "guy", "hakeem", "hank", "hans", "harold", "harry", "hassan", "henry",
            "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake", "jamal", "james", "jared", "jason", "jay", "jeb",
            "jeff", "jeffrey", "jeh", "jens", "jeremy", "jerome", "jerrold", "jerry", "jesse", "jim", "jimmy", "joe",
            "joel", "john", "johnny", "jon", "jonathan", "jorge", "jose", "joseph", "josh", "joshua", "juan", "julian",
            "justin", "kanye", "karl", "keith", "ken", "kenneth", "kent", "kevin", "kurt", "kyle", "lamar", "lance",
            "lanny", "larry", "laurence", "lawrence", "leon", "leonard", "lindsey", "lloyd", "louie", "louis", "luis",
            "malcolm", "marc", "marco", "mario", "mark", "martin", "matt", "matthew", "max", "michael", "mick", "mike",
            "mitch", "mitt", "mohamed", "mohammad", "mohammed", "narendra", "nate", "nathan", "neal", "ned", "neil",
            "newt", "nicholas", "nick", "nicolas", "nigel", "noah", "norman", "oliver", "omar", "orrin", "patrick",
            "paul", "pete", "peter", "phil", "philip", "phillip", "rahm", "ralph", "randall", "randy", "raul", "ray",
            "raymond", "recep", "reince", "rex", "ricardo", "richard", "rick", "rob", "robby", "robert", "rod",
            "rodney", "roger", "ron", "ronald", "ross", "roy", "rudy", "russell", "ryan", "sam", "samuel", "saxby",
            "scott", "sean", "sergei", "sergey", "seth", "shane", "shaun", "sheldon", "sherrod", "shinzo", "simon",
            "spencer", "stan", "stanley", "steny", "stephen", "steve", "steven", "stuart", "tad", "ted", "theodore",
            "thom", "thomas", "tim", "timothy", "todd", "tom", "tommy", "tony", "travis", "trent", "trevor", "trey",
            "tucker", "tyler", "victor", "viktor", "vincent", "vladimir", "volodymyr", "walter", "wayne", "wilbur",
            "william", "willie", "xavier", "yuval", "zach");
    private static final Set<String> FEMALE = Set.of("abigail", "alexandra", "alexandria", "alice", "alicia", "alison",
            "allison", "amanda", "amber", "amy", "ana", "andrea", "angela", "anita", "ann", "anna", "anne", "annie",
            "barbara", "beth", "betsy", "betty", "beverly", "brenda", "caitlin", "carly", "carol", "caroline",
            "carolyn", "carrie", "catherine", "cathy", "celinda", "charlotte", "cheryl", "christina", "christine",
            "cindy", "claire", "claudia", "condoleezza", "cynthia", "danielle", "dawn", "debbie", "deborah", "debra",
            "denise", "diana", "diane", "dianne", "donna", "doris", "dorothy", "elaine", "eleanor", "elena", "elise",
            "elizabeth", "ellen", "emily", "emma", "erica", "erin", "eva", "fiona", "frances", "gina", "gloria",
            "grace", "gretchen", "hannah", "heather", "heidi", "helen", "hillary", "ileana", "ilhan", "irene", "ivana",
            "ivanka", "jane", "janet", "janice", "jeanne", "jen", "jennifer", "jenny", "jessica", "jill", "joan",
            "joanne", "joni", "joy", "joyce", "judith", "judy", "julia", "julie", "kamala", "karen", "kate",
            "katherine", "kathleen", "kathy", "katie", "kayleigh", "keisha", "kelly", "kellyanne", "kerri", "kimberly",
            "kirsten", "kirstjen", "kristen", "kristin", "laura", "lauren", "lily", "linda", "lisa", "liz", "lois",
            "loretta", "lori", "louise", "lucy", "maggie", "margaret", "maria", "marianne", "marie", "marilyn",
            "marine", "marjorie", "marsha", "martha", "mary", "maureen", "maxine", "maya", "megan", "meghan", "megyn",
            "melania", "melanie", "melissa", "meredith", "michele", "michelle", "mika", "monica", "nancy", "natalie",
            "nicola", "nicole", "nikki", "nina", "nita", "olivia", "pamela", "patricia", "patty", "paula", "penny",
            "pramila", "rachel", "rashida", "rebecca", "ronna", "rosa", "rose", "ruth", "sally", "samantha", "sandra",
            "sara", "sarah", "sharon", "sheila", "shelley", "shirley", "sonia", "sophie", "stacey", "stephanie", "sue",
            "susan", "susie", "sylvia", "tammy", "tara", "teresa", "theresa", "tina", "tulsi", "ursula", "valerie",
            "vanessa", "victoria", "virginia", "wendy");

    /** 'm' or 'f' when the name's first word is a common first name of one sex, else '?'. */
    static char gender(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return '?'; // a surname alone, or a description
        }
        return genderOfFirstName(name.substring(0, space));
    }

    /** 'm' or 'f' when the word is a common first name of one sex, else '?'. */
    static char genderOfFirstName(String word) {
        String first = word.toLowerCase(java.util.Locale.ROOT);
        return MALE.contains(first) ? 'm' : FEMALE.contains(first) ? 'f' : '?';
    }
}
