package org.gazette.archive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's quotations as the archive stores them: one value per article, not a row per quotation. Each is its
 * place in the cleaned text (its words are cut from that text when read), the number of the speaker name found
 * for it (0: none) and the rule that found the speaker. Numbers are variable-length, so a quotation takes a few
 * bytes beside its rule.
 */
final class PackedQuotes {
    /** One stored quotation: where it is, who was found to say it (0: nobody), and by which rule (or null). */
    record Entry(int start, int end, long speakerId, String rule) { }

    private PackedQuotes() { }

    static byte[] pack(List<Entry> quotes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8 + quotes.size() * 24);
        writeVarLong(out, quotes.size());
        int last = 0;
        for (Entry q : quotes) {
            writeVarLong(out, zigZag(q.start() - last)); // in text order the gap from the last start is small
            writeVarLong(out, q.end() - q.start());
            writeVarLong(out, q.speakerId());
            if (q.rule() == null) {
                writeVarLong(out, 0);
            } else {
                byte[] rule = q.rule().getBytes(StandardCharsets.UTF_8);
                writeVarLong(out, rule.length + 1L);
                out.write(rule, 0, rule.length);
            }
            last = q.start();
        }
        return out.toByteArray();
    }

    static List<Entry> unpack(byte[] packed) {
        int[] at = {0};
        int n = (int) readVarLong(packed, at);
        List<Entry> out = new ArrayList<>(n);
        int last = 0;
        for (int i = 0; i < n; i++) {
            int start = last + (int) unZigZag(readVarLong(packed, at));
            int end = start + (int) readVarLong(packed, at);
            long speaker = readVarLong(packed, at);
            int ruleLength = (int) readVarLong(packed, at) - 1;
            String rule = null;
            if (ruleLength >= 0) {
                rule = new String(packed, at[0], ruleLength, StandardCharsets.UTF_8);
                at[0] += ruleLength;
            }
            out.add(new Entry(start, end, speaker, rule));
            last = start;
        }
        return out;
    }

    private static long zigZag(long v) {
        return (v << 1) ^ (v >> 63);
    }

    private static long unZigZag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private static void writeVarLong(ByteArrayOutputStream out, long v) {
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static long readVarLong(byte[] in, int[] at) {
        long v = 0;
        for (int shift = 0; ; shift += 7) {
            byte b = in[at[0]++];
            v |= (long) (b & 0x7F) << shift;
            if (b >= 0) {
                return v;
            }
        }
    }
}
