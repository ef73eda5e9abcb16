package org.gazette.search;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;

/**
 * Parses what the user types, in Lucene's classic syntax: words (all must match), "phrases", AND/OR/NOT,
 * wild*cards, fuzzy~, "proximity phrases"~5, fields (title: outlet: byline: body: date: quote: speaker:) and date
 * ranges.
 * Curly quotes pasted from an article work as straight ones. Errors come back as one short sentence.
 */
public final class NewsQueryParser {
    static final Set<String> FIELDS = Set.of(Fields.TITLE, Fields.OUTLET, Fields.BYLINE, Fields.BODY, Fields.DATE, Fields.QUOTE,
            Fields.SPEAKER);
    private static final String[] DEFAULT_FIELDS = {Fields.TITLE, Fields.BODY};
    private static final Map<String, Float> BOOSTS = Map.of(Fields.TITLE, 2f, Fields.BODY, 1f);
    private static final Pattern FIELD_PREFIX = Pattern.compile("(?<![\\w\\\\])([A-Za-z_]+):");
    private static final Pattern TRAILING_OPERATOR = Pattern.compile("(?s).*\\b(AND|OR|NOT)\\s*$|.*(&&|\\|\\|)\\s*$");
    private static final Pattern LEADING_OPERATOR = Pattern.compile("(?s)^\\s*(AND|OR|&&|\\|\\|)\\b.*");

    private final Analyzer analyzer;

    public NewsQueryParser(Analyzer textAnalyzer) {
        this.analyzer = new PerFieldAnalyzerWrapper(textAnalyzer,
                Map.of(Fields.DATE, new KeywordAnalyzer(), Fields.OUTLET_EXACT, new KeywordAnalyzer(), Fields.ID, new KeywordAnalyzer()));
    }

    /** The analyzer for indexing too: text fields analysed, keyword fields as they are. */
    public Analyzer analyzer() { return analyzer; }

    public Query parse(String input) throws InvalidQueryException {
        String q = normaliseQuotes(input).strip();
        explainObviousMistakes(q);
        DateAwareParser parser = new DateAwareParser(analyzer);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(true);
        parser.setSplitOnWhitespace(true);
        try {
            return parser.parse(q);
        } catch (ParseException e) {
            throw new InvalidQueryException(shorten(e));
        } catch (RuntimeException e) {
            throw new InvalidQueryException("This query cannot be run: " + e.getMessage());
        }
    }

    static String normaliseQuotes(String s) {
        return s.replace('\u201C', '"').replace('\u201D', '"').replace('\u201E', '"').replace('\u00AB', '"')
                .replace('\u00BB', '"').replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static void explainObviousMistakes(String q) throws InvalidQueryException {
        int quotes = 0;
        int depth = 0;
        boolean inQuote = false;
        for (int i = 0; i < q.length(); i++) {
            char c = q.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (c == '"') {
                quotes++;
                inQuote = !inQuote;
            } else if (!inQuote && c == '(') {
                depth++;
            } else if (!inQuote && c == ')') {
                depth--;
                if (depth < 0) {
                    throw new InvalidQueryException("A ')' has no '(' to close.");
                }
            }
        }
        if (quotes % 2 != 0) {
            throw new InvalidQueryException("Unclosed quotation mark: add a closing \" to search the phrase.");
        }
        if (depth > 0) {
            throw new InvalidQueryException("Unclosed parenthesis: add a ')'.");
        }
        Matcher trailing = TRAILING_OPERATOR.matcher(q);
        if (trailing.matches()) {
            String op = trailing.group(1) != null ? trailing.group(1) : trailing.group(2);
            throw new InvalidQueryException("'" + op + "' needs a word after it.");
        }
        Matcher leading = LEADING_OPERATOR.matcher(q);
        if (leading.matches()) {
            throw new InvalidQueryException("'" + leading.group(1) + "' needs a word before it.");
        }
        Matcher field = FIELD_PREFIX.matcher(withoutPhrases(q));
        while (field.find()) {
            if (!FIELDS.contains(field.group(1))) {
                throw new InvalidQueryException("Unknown field '" + field.group(1)
                        + ":'. Fields are title:, outlet:, byline:, body:, date:, quote: and speaker:.");
            }
        }
    }

    private static String withoutPhrases(String q) {
        return q.replaceAll("\"[^\"]*\"", " ");
    }

    private static String shorten(ParseException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        Matcher col = Pattern.compile("column (\\d+)").matcher(m);
        String where = col.find() ? " near character " + col.group(1) : "";
        if (m.contains("Encountered \"<EOF>\"")) {
            return "The query ends too early" + where + ".";
        }
        if (m.contains("Encountered")) {
            Matcher tok = Pattern.compile("Encountered \" ?(?:<[^>]+>)? *\"([^\"]*)\"").matcher(m);
            String token = tok.find() ? " '" + tok.group(1).strip() + "'" : "";
            return "Unexpected" + token + where + ". Put special characters (: ( ) [ ] { } ^ ~ * ?) in quotes, or escape them with \\.";
        }
        String first = m.lines().findFirst().orElse("invalid query");
        return first.length() > 120 ? first.substring(0, 120) + "…" : first;
    }

    /** Classic parser over title and body that reads short dates in ranges ("2022" or "2022-03") as whole periods. */
    private static final class DateAwareParser extends MultiFieldQueryParser {
        DateAwareParser(Analyzer analyzer) {
            super(DEFAULT_FIELDS, analyzer, BOOSTS);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
                throws ParseException {
            if (Fields.DATE.equals(field)) {
                String upper = part2 == null || "*".equals(part2) ? null : endInclusive && part2.length() < 10 ? part2 + "\uffff" : part2;
                String lower = part1 == null || "*".equals(part1) ? null : part1;
                return org.apache.lucene.search.TermRangeQuery.newStringRange(field, lower, upper, startInclusive, endInclusive);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }
    }
}
