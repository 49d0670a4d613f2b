package cn.techmarket.hub.matching;

import org.springframework.web.util.HtmlUtils;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a candidate shares with the record, read off Elasticsearch's highlights: adjacent
 * marked tokens form one term, so an analyzer that splits Chinese into single characters still
 * yields 碳纤维 rather than 碳, 纤, 维. Single characters alone say nothing to a reader and are left out.
 */
final class MatchedTerms {

    private static final Pattern MARKED = Pattern.compile("<em>(.*?)</em>");
    private static final int MAX_TERMS = 8;

    private MatchedTerms() {
    }

    static List<String> of(List<String> fragments) {
        Set<String> terms = new LinkedHashSet<>();
        for (String fragment : fragments) {
            // marks that touch, or are parted only by spaces, are one term
            Matcher marked = MARKED.matcher(fragment.replaceAll("</em>\\s*<em>", ""));
            while (marked.find()) {
                // highlights come HTML-escaped; a term is plain text, escaped again wherever it is rendered
                String term = HtmlUtils.htmlUnescape(marked.group(1)).strip();
                if (term.codePointCount(0, term.length()) >= 2) {
                    terms.add(term);
                }
            }
        }
        List<String> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst.stream().limit(MAX_TERMS).toList();
    }
}
