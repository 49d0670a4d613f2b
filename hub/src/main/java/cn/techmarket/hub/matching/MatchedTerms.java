package cn.techmarket.hub.matching;

import cn.techmarket.model.region.City;
import cn.techmarket.model.region.Provinces;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.springframework.web.util.HtmlUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words a candidate shares with the record, as a person would underline them. Elasticsearch's
 * highlights say which characters matched, but with the standard analyzer every shared character
 * is marked, and runs of them straddle words (林大 from 吉林大学, 向轨 from 面向轨道). So both texts are
 * cut into words here (Lucene's smartcn segmenter, its dictionary shipped in its jar), and a term
 * is a word of the record whose every character is marked in the candidate; words next to each
 * other join into one phrase (碳纤维原丝). Words that say nothing about a match (技术, 企业) and place
 * names (通化, matching anything from that city) are left out.
 */
final class MatchedTerms {

    private static final Pattern MARK = Pattern.compile("<em>(.*?)</em>");
    private static final int MAX_TERMS = 8;
    private static final Analyzer WORDS = new SmartChineseAnalyzer();

    /** Words in nearly every record of a technology market: a shared one is no reason to match. */
    private static final Set<String> GENERIC = Set.of("技术", "企业", "产业", "研究", "开发", "研发", "应用", "公司", "合作", "提供", "项目",
            "产品", "服务", "需求", "成果", "工艺", "问题", "解决", "提高", "提升", "实现", "进行", "相关", "领域", "方面", "能力", "水平",
            "生产", "制造", "系统", "方法", "具有", "用于", "面向", "通过", "以及", "我们", "可以", "需要", "希望", "寻求", "拥有", "团队",
            "大学", "学院", "研究所", "研究院", "有限", "有限公司", "股份", "集团", "中心", "国家", "省级", "市场", "质量", "成本", "效率",
            "关键", "新型", "高效", "基于", "及其", "一种", "目前", "现有", "主要", "重点", "单位", "万元", "亿元");

    /** Place names of every province the market knows, with and without 市/州/省. */
    private static final Set<String> PLACES = places();

    private MatchedTerms() {
    }

    /**
     * @param recordText the text of the record being matched
     * @param fragments  the candidate's highlighted passages: HTML-escaped, matches in {@code <em>}
     */
    static List<String> of(String recordText, List<String> fragments) {
        Set<String> recordWords = new HashSet<>();
        words(recordText).forEach(word -> recordWords.add(word.text()));
        Set<String> terms = new LinkedHashSet<>();
        for (String fragment : fragments) {
            Marked marked = Marked.parse(fragment);
            List<Word> run = new ArrayList<>();
            for (Word word : words(marked.text())) {
                boolean shared = recordWords.contains(word.text()) && marked.allMarked(word.start(), word.end());
                if (!shared || (!run.isEmpty() && run.get(run.size() - 1).end() != word.start())) {
                    term(run).ifPresent(terms::add);
                    run.clear();
                }
                if (shared) {
                    run.add(word);
                }
            }
            term(run).ifPresent(terms::add);
        }
        List<String> longestFirst = new ArrayList<>(terms);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        return longestFirst.stream().limit(MAX_TERMS).toList();
    }

    /**
     * A run of adjacent shared words as a term: the segmenter cuts technical words finer than a
     * reader would (石墨 烯, 碳 纤维), so single characters may stand inside a run, but generic words
     * and place names at its ends are cut off, and what remains must hold a telling word of two
     * characters or more.
     */
    private static java.util.Optional<String> term(List<Word> run) {
        int from = 0;
        int to = run.size();
        while (from < to && trimmed(run.get(from).text())) {
            from++;
        }
        while (to > from && trimmed(run.get(to - 1).text())) {
            to--;
        }
        List<Word> kept = run.subList(from, to);
        if (kept.stream().noneMatch(word -> telling(word.text()))) {
            return java.util.Optional.empty();
        }
        StringBuilder term = new StringBuilder();
        kept.forEach(word -> term.append(word.text()));
        return PLACES.contains(term.toString()) ? java.util.Optional.empty() : java.util.Optional.of(term.toString());
    }

    /** Cut from the ends of a run: generic words and place names, and the particles that join words (的, 与). */
    private static boolean trimmed(String word) {
        return word.length() > 1 ? !telling(word) : PARTICLES.indexOf(word.charAt(0)) >= 0;
    }

    private static final String PARTICLES = "的了和与及或在为对等是将把被从向以于其之并而也都个该此中上下";

    /** A word worth showing: two characters or more, not a generic word or a place name. */
    private static boolean telling(String word) {
        return word.codePointCount(0, word.length()) >= 2 && !GENERIC.contains(word) && !PLACES.contains(word);
    }

    record Word(String text, int start, int end) {
    }

    static List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return words;
        }
        try (TokenStream tokens = WORDS.tokenStream("text", text)) {
            CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = tokens.addAttribute(OffsetAttribute.class);
            tokens.reset();
            while (tokens.incrementToken()) {
                // the offsets point at the text as written; smartcn lower-cases Latin words in the term
                words.add(new Word(text.substring(offset.startOffset(), offset.endOffset()), offset.startOffset(), offset.endOffset()));
            }
            tokens.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }

    /** A highlighted passage as plain text, with which characters were marked. */
    record Marked(String text, boolean[] marked) {

        static Marked parse(String fragment) {
            StringBuilder text = new StringBuilder();
            List<int[]> spans = new ArrayList<>();
            Matcher mark = MARK.matcher(fragment);
            int at = 0;
            while (mark.find()) {
                text.append(HtmlUtils.htmlUnescape(fragment.substring(at, mark.start())));
                int start = text.length();
                text.append(HtmlUtils.htmlUnescape(mark.group(1)));
                spans.add(new int[]{start, text.length()});
                at = mark.end();
            }
            text.append(HtmlUtils.htmlUnescape(fragment.substring(at)));
            boolean[] marked = new boolean[text.length()];
            spans.forEach(span -> java.util.Arrays.fill(marked, span[0], span[1], true));
            return new Marked(text.toString(), marked);
        }

        boolean allMarked(int start, int end) {
            for (int i = start; i < end; i++) {
                if (!marked[i]) {
                    return false;
                }
            }
            return end > start;
        }
    }

    private static Set<String> places() {
        Set<String> places = new HashSet<>(Set.of("吉林省", "辽宁省", "广西", "省内", "全省"));
        Stream.of(Provinces.JILIN, Provinces.LIAONING, Provinces.GUANGXI).flatMap(List::stream).map(City::name).forEach(name -> {
            places.add(name);
            String bare = name.replaceAll("(市|州|地区|朝鲜族自治州|壮族自治区)$", "");
            places.add(bare);
            places.add(bare + "市");
        });
        return places;
    }
}
