package cn.techmarket.model.text;

/** English wording for messages people read. */
public final class English {

    private English() {
    }

    /** The phrase with its indefinite article: "a draft record", "an under review contract", "an expert". */
    public static String withArticle(String phrase) {
        boolean vowel = !phrase.isEmpty() && "aeiouAEIOU".indexOf(phrase.charAt(0)) >= 0;
        return (vowel ? "an " : "a ") + phrase;
    }
}
