package org.gazette.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import javax.management.ObjectName;
import org.junit.jupiter.api.Test;

/** The extractor compiled by C1 only: the directive reaches the JVM, once per process. */
class CompilerPolicyTest {
    @Test
    void theDirectiveIsAddedOnceAndTheJvmAcceptsIt() throws Exception {
        assumeTrue(ManagementFactory.getPlatformMBeanServer().isRegistered(new ObjectName("com.sun.management:type=DiagnosticCommand")),
                "this JVM has no HotSpot diagnostic commands: the extractor is compiled as the JVM decides");
        String said = CompilerPolicy.extractorOnC1();
        assertTrue(said.startsWith("1 compiler directives added"), "the JVM's answer: " + said);
        assertEquals(said, CompilerPolicy.extractorOnC1(), "asked again, nothing more is added");
    }
}
