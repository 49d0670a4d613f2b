package cn.techmarket.graphql.limits;

import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.language.Document;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentCostTest {

    private static Document parse(String document) {
        return Parser.parse(ParserEnvironment.newParserEnvironment().document(document)
                .parserOptions(ParserOptions.newParserOptions().maxTokens(1_000_000).build()).build());
    }

    private static String chain(int length) {
        StringBuilder document = new StringBuilder("{ tenant { ...F0 } }");
        for (int i = 0; i < length; i++) {
            document.append(" fragment F").append(i).append(" on Tenant { id").append(i + 1 < length ? " ...F" + (i + 1) : "").append(" }");
        }
        return document.toString();
    }

    @Test
    void aDocumentWithoutFragmentsCostsItsFields() {
        assertThat(DocumentCost.of(parse("{ tenant { id name } a: tenant { id } }"))).isEqualTo(new DocumentCost.Cost(5, 0));
    }

    @Test
    void eachSpreadCostsWhatItsFragmentSelectsWhereverItIsUsed() {
        var cost = DocumentCost.of(parse("{ a: tenant { ...T } b: tenant { ...T } } fragment T on Tenant { id name }"));
        // two roots, and the fragment's two fields in each place it is spread (the definition itself is counted once more)
        assertThat(cost).isEqualTo(new DocumentCost.Cost(2 + 2 * 2 + 2, 2));
    }

    @Test
    void aChainOfSpreadsCountsEverySpreadItPassesThrough() {
        assertThat(DocumentCost.of(parse(chain(5))).spreads()).isEqualTo(5 + 4 + 3 + 2 + 1);
        assertThat(DocumentCost.excess(parse(chain(101)), 2_000, 100))
                .hasValueSatisfying(excess -> assertThat(excess.limit()).isEqualTo("fragment spreads"));
    }

    @Test
    void aTreeOfSpreadsIsCountedWithoutBeingExpanded() {
        StringBuilder document = new StringBuilder("{ tenant { ...F0 } }");
        int levels = 60;
        for (int i = 0; i < levels; i++) {
            document.append(" fragment F").append(i).append(" on Tenant { ").append(i + 1 < levels ? "...F" + (i + 1) + " ...F" + (i + 1) : "id").append(" }");
        }
        // 2^60 spreads: counted in microseconds, saturating rather than overflowing
        var cost = DocumentCost.of(parse(document.toString()));
        assertThat(cost.spreads()).isGreaterThan(1L << 55);
        assertThat(DocumentCost.excess(parse(document.toString()), 2_000, 1_000)).isPresent();
    }

    @Test
    void aCycleIsLeftToValidationAndDoesNotLoop() {
        assertThat(DocumentCost.excess(parse("{ tenant { ...F } } fragment F on Tenant { ...G } fragment G on Tenant { ...F }"), 2_000, 100))
                .isEmpty();
    }

    @Test
    void manyFieldsWithFewSpreadsAreCaughtByTheFieldLimit() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 30; i++) {
            document.append(" r").append(i).append(": tenant { ...W }");
        }
        document.append(" } fragment W on Tenant {");
        for (int i = 0; i < 100; i++) {
            document.append(" f").append(i).append(": name");
        }
        assertThat(DocumentCost.excess(parse(document.append(" }").toString()), 2_000, 100))
                .hasValueSatisfying(excess -> assertThat(excess).isEqualTo(new DocumentCost.Excess("fields", 30 + 31 * 100, 2_000)));
    }
}
