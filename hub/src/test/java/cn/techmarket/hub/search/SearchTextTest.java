package cn.techmarket.hub.search;

import cn.techmarket.hub.search.SearchText.Segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SearchTextTest {

    @Test
    void chineseRunsAndLatinWordsArePartedWhereTheScriptChanges() {
        assertThat(SearchText.segments("石墨烯 coating")).containsExactly(new Segment("石墨烯", true), new Segment("coating", false));
        assertThat(SearchText.segments("anticorrosion涂层")).containsExactly(new Segment("anticorrosion", false), new Segment("涂层", true));
        assertThat(SearchText.segments("T800级碳纤维")).containsExactly(new Segment("T800", false), new Segment("级碳纤维", true));
        assertThat(SearchText.segments("  复合材料\u3000HTA ")).containsExactly(new Segment("复合材料", true), new Segment("HTA", false));
        // digits before Latin letters are one word with them, as the index tokenizes them
        assertThat(SearchText.segments("基于5G的基站")).containsExactly(new Segment("基于", true), new Segment("5G", false), new Segment("的基站", true));
        assertThat(SearchText.segments("测延迟1a号样品")).containsExactly(new Segment("测延迟", true), new Segment("1a", false), new Segment("号样品", true));
    }

    @Test
    void aChinesePhraseStaysWholeAndNumbersStayWithIt() {
        assertThat(SearchText.segments("复合材料")).containsExactly(new Segment("复合材料", true));
        assertThat(SearchText.segments("2024年度")).containsExactly(new Segment("2024年度", true));
    }

    @Test
    void latinWordsMeetByTheirEnglishStems() {
        assertThat(SearchText.stems("Coatings")).isEqualTo(SearchText.stems("coating"));
        assertThat(SearchText.stems("the anticorrosion coatings of 石墨烯")).containsExactly("anticorros", "coat");
        assertThat(SearchText.latinStems("石墨烯防腐涂层")).isEmpty();
    }
}
