package org.gazette.quotes;

import java.util.Set;

/**
 * Common first names that nearly always name one sex, for the people an article uses no pronoun for: "She added"
 * after "Richard Ferrand said" is not Ferrand's. A prior only: the article's own pronouns decide where it has any
 * ({@link Genders}). Names given to both (Jordan, Taylor, Chris, Kim, Jean, Lynn, Shawn, Marty, Ashley) are left out, and so are
 * names as often a second given name (Manuel, Ahmed, Muhammad, José): a known first name second makes an unknown one
 * before it look like a word for people ("Tanveer", "Andrés"), which {@link Names} drops.
 */
final class FirstNames {
    private FirstNames() { }

    private static final Set<String> MALE = Lexicon.of("aaron", "abraham", "adam", "ajit", "alan", "albert", "alberto",
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
            "william", "willie", "xavier", "yuval", "zach",
            // met in the news often enough to matter (AllSides speakers whose first name was unknown here)
            "rand", "andrés", "andres", "al", "drew", "ari", "raj", "whit", "austin", "shepard", "dale", "raúl", "franklin", "françois",
            "ashton", "michel", "noel", "julián", "sebastian", "nelson", "adrian", "miguel", "dylan", "brock",
            "hal", "thad", "cedric", "cesar", "joaquin", "joey", "judd", "sergio", "russ", "luke",
            "winston", "elon", "ira", "anders", "troy", "asa", "angelo", "toby", "ilya", "glen", "lou", "giorgi",
            "judson", "elliott", "laurent", "allen", "barney", "philippe", "wesley", "dmitri", "emmet", "pierre",
            "poul", "roberto", "mitchell", "sonny", "javad", "jeremiah", "walid", "marcus", "brice", "gregg",
            "rupert", "gabriel", "caleb", "ethan", "duane", "oscar", "pedro", "bennie", "eli", "frederick", "jonah",
            "ernest", "alfonso", "woodrow", "dante", "tedros", "konstantin", "hugo", "khalil", "rudolph", "garrett",
            "jair", "jarrod", "zack", "saul", "andre", "ronnie", "daryl", "rafael", "andrei", "alejandro", "igor",
            "alec", "clyde", "ronny", "nathaniel", "conor", "jed", "amir", "preet", "teddy", "khaled",
            "bruno", "fyodor", "seamus", "osama", "morton", "herman", "lester", "clifford", "myron", "rodrigo",
            "byron", "lyndon", "randal", "wilfred", "ramesh", "terrence", "harvey", "eduardo", "calvin", "fernando",
            "carsten", "federico", "bart", "lenny", "ruben", "garry", "stefan", "reza", "alexei", "hamid",
            "erwin", "felipe", "raphael", "isaac", "raja", "faisal", "roland", "zachary", "shimon", "ernie", "karim",
            "lorenzo", "cenk", "majid", "rashad", "erich", "nasser", "collin", "amr", "gerard", "jonas",
            "benito", "gustavo", "edgar", "elie", "walt");
    private static final Set<String> FEMALE = Lexicon.of("abigail", "alexandra", "alexandria", "alice", "alicia", "alison",
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
            "vanessa", "victoria", "virginia", "wendy",
            // met in the news often enough to matter (AllSides speakers whose first name was unknown here)
            "arianna", "shannon", "carmen", "kay", "greta", "aimee", "suzanne", "joanna", "leana", "lara", "omarosa",
            "pam", "cecilia", "bari", "tiffany", "lynda", "kathryn", "cecile", "renee", "mara", "neera", "terri",
            "naomi", "cheri", "candace", "patti", "andra", "ella", "federica", "chelsea", "zoe", "gayle", "carla",
            "laurie", "rosemary", "gail", "meg", "roberta", "erika", "mazie", "mia", "colleen", "muriel", "huma",
            "peggy", "hilary", "nikole", "randi", "charlene", "christy", "norma", "letitia", "katrina", "alyssa",
            "savannah", "ayanna", "melinda", "stormy", "edie", "eileen", "vicki", "natalia", "audrey", "jacqueline",
            "holly", "juanita", "gillian", "frederica", "brooke", "brittany", "kendra", "deirdre", "bernice", "edith",
            "marissa", "tamika", "vicky", "yvette", "lucille", "tamara", "gabriela", "lynne", "courtney", "rita",
            "madeleine", "leah", "rebekah", "alissa", "oprah", "jocelyn", "mira", "sheri", "molly", "nadine", "gwen",
            "elisabeth", "jana", "frida", "abby", "antonia", "veronica", "whitney", "kelli", "melina", "dina",
            "evelyn", "sheryl", "sherry", "tricia", "cassandra", "jenn", "kayla", "kyrsten", "lina", "jeanette",
            "winnie", "sharyl", "allyson", "agnes", "thea", "jeanine", "elissa", "camille", "becky", "regina",
            "marcia", "crystal", "robyn", "mindy", "kristina", "bernadette", "adrienne", "janine");

    /** The same names, asked about a word in place in any case without a lower-cased copy (asked for most names read). */
    private static final WordSet MALE_SET = new WordSet(MALE);
    private static final WordSet FEMALE_SET = new WordSet(FEMALE);

    /** 'm' or 'f' when the name's first word is a common first name of one sex, else '?'. */
    static char gender(String name) {
        int space = name.indexOf(' ');
        if (space <= 0) {
            return '?'; // a surname alone, or a description
        }
        return MALE_SET.contains(name, 0, space) ? 'm' : FEMALE_SET.contains(name, 0, space) ? 'f' : '?';
    }

    /** 'm' or 'f' when the word is a common first name of one sex, else '?'. */
    static char genderOfFirstName(String word) {
        return MALE_SET.contains(word) ? 'm' : FEMALE_SET.contains(word) ? 'f' : '?';
    }
}
