package cn.techmarket.model.id;

import cn.techmarket.model.record.RecordKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlobalIdTest {

    @Test
    void anEncodedIdDecodesToItsTenantKindAndLocalId() {
        GlobalId id = new GlobalId("changchun", RecordKind.ACHIEVEMENT, "a0000001");

        GlobalId decoded = GlobalId.decode(id.encode());

        assertThat(decoded).isEqualTo(id);
        assertThat(id.encode()).doesNotContain("=", "+", "/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not-base64!!", "Y2hhbmdjaHVu", "eDpVbmtub3duOjE", "{\"$gt\": \"\"}"})
    void textThatIsNotAnIssuedIdIsRefusedAsMalformed(String text) {
        assertThatThrownBy(() -> GlobalId.decode(text))
                .isInstanceOf(MalformedIdException.class)
                .hasMessageStartingWith("not a valid record id");
    }

    @Test
    void anIdCannotNameAnInvalidTenant() {
        assertThatThrownBy(() -> new GlobalId("Chang Chun", RecordKind.EXPERT, "e1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tenantId");
    }
}
