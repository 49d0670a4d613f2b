package cn.techmarket.model.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EnglishTest {

    @Test
    void aPhraseGetsTheArticleItsFirstSoundTakes() {
        assertThat(English.withArticle("under review contract")).isEqualTo("an under review contract");
        assertThat(English.withArticle("Expert")).isEqualTo("an Expert");
        assertThat(English.withArticle("registered contract")).isEqualTo("a registered contract");
    }
}
