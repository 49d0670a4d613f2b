package cn.techmarket.hub.matching;

import cn.techmarket.model.record.Industry;
import cn.techmarket.model.record.MaturityStage;
import cn.techmarket.model.record.TransferMode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each constraint of a match, on its own: whether it fits, what it says, and how it weighs. */
class MatchFitTest {

    @Test
    void maturityMeetsTheLeastStageTheDemandAccepts() {
        assertThat(MatchFit.maturity(MaturityStage.PILOT, MaturityStage.PILOT).fits()).isTrue();
        assertThat(MatchFit.maturity(MaturityStage.INDUSTRIAL, MaturityStage.BENCH).detail()).isEqualTo("成熟度产业化，满足至少小试的要求");
        MatchFit.Constraint tooEarly = MatchFit.maturity(MaturityStage.LAB, MaturityStage.PILOT);
        assertThat(tooEarly.fits()).isFalse();
        assertThat(tooEarly.factor()).isLessThan(1);
        assertThat(MatchFit.maturity(MaturityStage.LAB, null).factor()).as("no requirement is neutral").isEqualTo(1.0);
    }

    @Test
    void theAskingPriceIsWeighedAgainstTheMostTheDemandWillPay() {
        assertThat(MatchFit.budget(new BigDecimal("2000000.00"), new BigDecimal("3000000.00")).detail()).isEqualTo("报价200万元在预算300万元以内");
        assertThat(MatchFit.budget(new BigDecimal("3000000.00"), new BigDecimal("3000000.00")).fits()).as("exactly the budget").isTrue();
        MatchFit.Constraint over = MatchFit.budget(new BigDecimal("3000000.01"), new BigDecimal("3000000.00"));
        assertThat(over.fits()).isFalse();
        assertThat(over.detail()).isEqualTo("报价300万元超出预算300万元");
        assertThat(MatchFit.budget(null, new BigDecimal("1.00")).detail()).isEqualTo("报价面议");
        assertThat(MatchFit.budget(new BigDecimal("8000.00"), null).detail()).isEqualTo("预算未定，报价8000元");
    }

    @Test
    void transferModesFitWhenOneIsCommonOrTheDemandTakesAny() {
        Set<TransferMode> offered = EnumSet.of(TransferMode.LICENSE, TransferMode.EQUITY);
        assertThat(MatchFit.transferModes(offered, EnumSet.of(TransferMode.LICENSE)).detail()).isEqualTo("转化方式可行：许可");
        assertThat(MatchFit.transferModes(offered, EnumSet.of(TransferMode.ASSIGNMENT)).fits()).isFalse();
        assertThat(MatchFit.transferModes(offered, EnumSet.noneOf(TransferMode.class)).fits()).isTrue();
    }

    @Test
    void financingFitsWhenTheProductsRangeOverlapsTheSum() {
        BigDecimal min = new BigDecimal("500000"), max = new BigDecimal("5000000");
        assertThat(MatchFit.financing(new BigDecimal("1000000"), new BigDecimal("2000000"), min, max).fits()).isTrue();
        assertThat(MatchFit.financing(new BigDecimal("6000000"), new BigDecimal("9000000"), min, max).fits()).as("too little on offer").isFalse();
        assertThat(MatchFit.financing(new BigDecimal("10000"), new BigDecimal("100000"), min, max).fits()).as("too much on offer").isFalse();
        assertThat(MatchFit.financing(null, null, min, max).factor()).isEqualTo(1.0);
    }

    @Test
    void industryAndPlaceAreNamedInChinese() {
        assertThat(MatchFit.industry(Industry.CARBON_FIBER, List.of("CARBON_FIBER")).detail()).isEqualTo("行业一致：碳纤维及复合材料");
        assertThat(MatchFit.industry(Industry.CARBON_FIBER, List.of("AUTOMOTIVE", "NEW_ENERGY")).detail())
                .isEqualTo("行业不同：需要碳纤维及复合材料，对方为汽车及零部件、新能源");
        assertThat(MatchFit.location("changchun", "jilin", id -> id.equals("jilin") ? "吉林" : "长春").detail()).isEqualTo("来自省内吉林（跨市对接）");
        assertThat(MatchFit.location("changchun", "changchun", id -> "长春").factor()).isGreaterThan(1);
    }

    @Test
    void termsAreWholeWordsOfTheRecordThatTheCandidateHasMarkedNeverFragmentsAcrossWords() {
        String record = "面向轨道交通的碳纤维复合材料，吉林大学合作开发";
        // the standard analyzer marks every shared character, across word boundaries
        List<String> terms = MatchedTerms.of(record, List.of(
                "<em>面</em><em>向</em><em>轨</em><em>道</em>车辆的<em>碳</em><em>纤</em><em>维</em><em>复</em><em>合</em><em>材</em><em>料</em>",
                "吉<em>林</em><em>大</em>型设备"));

        assertThat(terms).contains("碳纤维复合材料").noneMatch(term -> term.equals("向轨") || term.equals("林大"));
        assertThat(String.join("", terms)).doesNotContain("林大");
    }

    @Test
    void placeNamesAndGenericWordsAreNotReasonsToMatch() {
        List<String> terms = MatchedTerms.of("通化市企业寻求技术合作", List.of("<em>通化</em>的<em>企业</em><em>技术</em><em>合作</em>"));

        assertThat(terms).isEmpty();
    }

    @Test
    void theMarkupOfAHighlightIsReadAsTextNotAsPartOfAWord() {
        assertThat(MatchedTerms.of("石墨烯涂层与防腐", List.of("&lt;b&gt;<em>石墨烯</em><em>涂层</em>")))
                .containsExactly("石墨烯涂层");
    }

    @Test
    void aScoreIsTheTextRelevanceTimesAFitOfAtMostOne() {
        var perfect = List.of(MatchFit.maturity(MaturityStage.INDUSTRIAL, MaturityStage.BENCH),
                MatchFit.location("changchun", "changchun", id -> "长春"));
        var poor = List.of(MatchFit.maturity(MaturityStage.LAB, MaturityStage.PILOT), MatchFit.location("changchun", "jilin", id -> "吉林"));

        assertThat(MatchFit.fit(perfect)).isEqualTo(1.0);
        assertThat(MatchFit.fit(poor)).isBetween(0.0, 1.0).isLessThan(MatchFit.fit(perfect));
    }
}
