package org.gazette.app;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.gazette.archive.QuoteRow;

/** Quotations written out for other tools: CSV (one row per quotation, with a header) or JSON lines. */
public final class QuoteExport {
    public enum Format { CSV, JSON }

    private static final String[] HEADER = {"speaker", "quote", "title", "outlet", "date", "article", "start", "end"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuoteExport() { }

    public static void write(List<QuoteRow> rows, Format format, Writer out) throws IOException {
        if (format == Format.CSV) {
            CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(HEADER).build()); // the caller closes out
            for (QuoteRow r : rows) {
                csv.printRecord(r.speaker(), r.quote(), r.title(), r.outlet(), r.date(), r.articleId(), r.start(), r.end());
            }
            csv.flush();
            return;
        }
        for (QuoteRow r : rows) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("speaker", r.speaker());
            m.put("quote", r.quote());
            m.put("title", r.title());
            m.put("outlet", r.outlet());
            m.put("date", r.date());
            m.put("article", r.articleId());
            m.put("start", r.start());
            m.put("end", r.end());
            out.write(JSON.writeValueAsString(m));
            out.write(System.lineSeparator());
        }
        out.flush();
    }
}
