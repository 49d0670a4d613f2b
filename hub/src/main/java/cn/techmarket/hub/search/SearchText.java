package cn.techmarket.hub.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How search text is read: Chinese runs stay phrases (with the standard analyzer Chinese is split
 * into characters, and a phrase keeps 复合材料 from matching 复…合 apart), and Latin words are
 * matched by their English stems, so {@code 石墨烯 coatings} finds a title holding 石墨烯 and
 * coating. Stems are computed here, in the hub, both for documents and for queries, so the same
 * words meet on any cluster, including one without Elasticsearch's language analyzers.
 */
public final class SearchText {

    /** A piece of the query: a run with Chinese characters in it, matched as a phrase, or Latin words, matched by stem. */
    public record Segment(String text, boolean phrase) {
    }

    private static final Analyzer ENGLISH = new EnglishAnalyzer();

    private SearchText() {
    }

    /** The query split at spaces and wherever Chinese meets Latin script. */
    public static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        Boolean han = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                flush(segments, current, han);
                han = null;
                continue;
            }
            boolean isHan = isHan(codePoint);
            boolean isLatin = isLatinLetter(codePoint);
            if (han != null && ((isHan && !han) || (isLatin && han))) {
                // digits just before Latin letters belong to the same word (5G, 1a, 3D): the index keeps them as one token
                int word = current.length();
                while (word > 0 && isAsciiDigit(current.charAt(word - 1)) && isLatin) {
                    word--;
                }
                String digits = current.substring(word);
                current.setLength(word);
                flush(segments, current, han);
                current.append(digits);
                han = null;
            }
            if (isHan) {
                han = true;
            } else if (isLatin && han == null) {
                han = false;
            }
            current.appendCodePoint(codePoint);
        }
        flush(segments, current, han);
        return segments;
    }

    /** The English stems of the Latin words in the text, space-separated: what the index keeps in {@code latin}. */
    public static String latinStems(String text) {
        return String.join(" ", stems(text));
    }

    /** The English stems of the Latin words in the text, stop words left out. */
    public static Set<String> stems(String text) {
        Set<String> stems = new LinkedHashSet<>();
        if (text == null || text.isBlank()) {
            return stems;
        }
        try (TokenStream tokens = ENGLISH.tokenStream("latin", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                String stem = term.toString();
                if (stem.chars().anyMatch(c -> c >= 'a' && c <= 'z')) {
                    stems.add(stem);
                }
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stems;
    }

    private static void flush(List<Segment> segments, StringBuilder current, Boolean han) {
        if (!current.isEmpty()) {
            // digits and signs alone (型号 numbers, years) are kept as a phrase, as before
            segments.add(new Segment(current.toString(), han == null || han));
            current.setLength(0);
        }
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHan(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean isLatinLetter(int codePoint) {
        return Character.isLetter(codePoint) && Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.LATIN;
    }
}
