package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.removed;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SignUpFormRuleTest {
    private final SignUpFormRule rule = new SignUpFormRule();

    @Test
    void removesANewslettersPromotionWhereverItsCallStands() {
        List<String> promotions = List.of("The Ledger is a nonprofit newsroom. Sign up to receive our biggest stories as soon as they're published.",
                "Want more analysis like this? Sign up for the Ledger's \"Best of the week\" newsletter here.",
                "Daily politics news delivered to your inbox: sign up for our newsletter",
                "Sign up for our Wine Club today. Did you know you can support the Ledger by drinking wine?",
                "The Ledger is a nonprofit newsroom that investigates abuses of power. Sign up to receive our biggest stories as "
                        + "soon as they're published. This article was produced in partnership with the Harbor Tribune, which is a "
                        + "member of the Ledger's Local Reporting Network.");
        List<String> lines = new ArrayList<>(promotions);
        lines.add(1, BODY);
        lines.add("Residents can sign up for the county's flood alerts, which go to their inbox, the clerk said.");
        lines.add("\"Nobody told us to sign up for the briefing,\" she said. \"We found out from the news.\"");
        lines.add("Brenn says the toll will stay Brenn told the council on Tuesday that the toll would stay until the repairs are "
                + "paid for, and that the bridge would reopen in May. Sign up for the Ledger's newsletter to get updates. The "
                + "council's vote, which had been due in March, was put off twice after residents of the east bank asked for "
                + "a hearing, and the mayor said she would not sign the order before it.");
        assertEquals(promotions, removed(run(rule, lines.toArray(new String[0]))));
    }

    @Test
    void removesASignUpBoxWhoseMessagesRunTogether() {
        String box = "Newsletter Sign Up Continue reading the main story Please verify you're not a robot by clicking the box. "
                + "Invalid email address. Please re-enter. You must select a newsletter to subscribe to. Sign Up You will receive "
                + "emails containing news content, updates and promotions from The Harbor City Post. You may opt-out at any time. "
                + "You agree to receive occasional updates and special offers for The Harbor City Post's products and services. "
                + "Thank you for subscribing. An error has occurred. Please try again later. View all Harbor City Post newsletters.";
        String briefing = "Morning Docks newsletter Your guide to the port's week — weekday mornings, in your inbox. Email Sign Up "
                + "By signing up you agree to receive email newsletters or alerts from the Ledger. You can unsubscribe at any time.";
        String shortBox = "Get the Ledger's Daily Edition by email and never miss our top stories Free Sign Up";
        String captcha = "Let our news meet your inbox. The news and stories that matter, delivered weekday mornings. "
                + "This site is protected by recaptcha";
        assertEquals(List.of(box, briefing, shortBox, captcha), removed(run(rule, box, BODY, briefing, shortBox, captcha,
                "Residents can sign up by email, the clerk said, and the list goes to their inbox on Fridays.")));
    }

    @Test
    void removesABoxThatListsEveryCountryHoweverLong() {
        StringBuilder countries = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            countries.append(" Country").append((char) ('A' + i % 26)).append(" Island");
        }
        String box = "Get the Brief. Sign up to receive the top stories you need to know right now. Choose your country"
                + countries + ". Please enter a valid email address. Sign Up Now By signing up you are agreeing to our Terms of "
                + "Use and Privacy Policy. Thank you! For your security, we've sent a confirmation email to the address you "
                + "entered. Click the link to confirm your subscription. There was an error. Please try again later.";
        assertEquals(List.of(box), removed(run(rule, BODY, box)));
    }

    @Test
    void keepsAnArticlesParagraphAboutNewslettersAndEmail() {
        var d = run(rule, BODY,
                "The company's newsletter, which readers must sign up for with an email address, reached 2 million inboxes "
                        + "last year, and the firm says fewer than 1 percent unsubscribe, the filing shows.",
                "Regulators said the sign-up page broke the privacy policy the firm had published: users who tried to opt out "
                        + "were told to try again later, and many gave up, according to the complaint filed on Monday in "
                        + "federal court, which seeks damages for each of the 40,000 people whose email addresses were sold.");
        assertEquals(List.of(), removed(d));
    }
}
