package org.gazette.ui;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Work asked for while the window closes (an event still queued on the FX thread) is dropped, not an error. */
class BackgroundRunnerTest {
    @Test
    void workAskedForAfterShutdownIsDropped() throws Exception {
        BackgroundRunner runner = new BackgroundRunner();
        runner.shutdown();
        AtomicBoolean ran = new AtomicBoolean();
        assertDoesNotThrow(() -> runner.run("late", ctx -> {
            ran.set(true);
            return 1;
        }, v -> { }, e -> { }));
        assertDoesNotThrow(() -> runner.runQuietly(() -> ran.set(true), e -> { }));
        Thread.sleep(100);
        assertFalse(ran.get(), "nothing runs after shutdown");
        assertFalse(runner.runningProperty().get(), "and nothing shows as running");
    }
}
