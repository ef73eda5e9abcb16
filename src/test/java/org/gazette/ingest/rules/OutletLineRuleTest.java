package org.gazette.ingest.rules;

import static org.gazette.ingest.rules.RuleTestSupport.BODY;
import static org.gazette.ingest.rules.RuleTestSupport.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutletLineRuleTest {
    @Test
    void findsOutletNameLineInHeader() {
        var d = run(new OutletLineRule(), "Blaze Media", "NATO Response Force deployed for first time", BODY);
        assertEquals("Blaze Media", d.metadata().outlet());
        assertFalse(d.isKept(0));
        assertTrue(d.isKept(1));
        assertEquals("example.com", run(new OutletLineRule(), "example.com", "Headline here now", BODY).metadata().outlet());
    }

    @Test
    void doesNotTakeHeadlinesOrBodyLines() {
        assertNull(run(new OutletLineRule(), "Stocks slide as port strike rattles shippers", BODY).metadata().outlet());
        assertNull(run(new OutletLineRule(), "Whistleblowers, Yesterday and Today", "Headline here now", BODY).metadata().outlet());
        assertNull(run(new OutletLineRule(), "Headline here now", BODY, "Harbor City Post").metadata().outlet());
    }
}
