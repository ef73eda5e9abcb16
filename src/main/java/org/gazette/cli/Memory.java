package org.gazette.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/** Peak memory of this process, for benchmarks: heap in use (all heap pools) and resident set (Linux). */
final class Memory {
    private static final Path STATUS = Path.of("/proc/self/status");

    private Memory() { }

    /** Starts both peaks afresh (the resident peak only where Linux allows it). */
    static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        try {
            Files.writeString(Path.of("/proc/self/clear_refs"), "5"); // resets VmHWM
        } catch (IOException | RuntimeException e) {
            // not Linux, or not allowed: the peak then counts from the JVM's start
        }
    }

    static long peakHeapMb() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() == MemoryType.HEAP && p.getPeakUsage() != null) {
                sum += p.getPeakUsage().getUsed();
            }
        }
        return sum >> 20;
    }

    /** Peak resident set in MB, or -1 where /proc is not there. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(STATUS)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
