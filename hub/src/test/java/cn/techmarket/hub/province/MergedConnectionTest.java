package cn.techmarket.hub.province;

import cn.techmarket.graphql.errors.BadInputException;
import cn.techmarket.hub.province.MergedConnection.TenantConnection;
import cn.techmarket.hub.province.MergedConnection.TenantConnection.PageInfo;
import cn.techmarket.hub.province.MergedConnection.TenantConnection.TenantEdge;
import cn.techmarket.model.id.Opaque;
import cn.techmarket.model.region.TenantId;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How the hub merges the cities' pages of a province-wide list: no tenant involved, only the merge. */
class MergedConnectionTest {

    private static final TenantId CHANGCHUN = TenantId.of("changchun");
    private static final TenantId JILIN = TenantId.of("jilin");

    @Test
    void takesTheNewestRecordsOfAllCitiesNewestFirst() {
        Map<TenantId, TenantConnection> cities = cities(
                CHANGCHUN, page(false, edge("c1", "cc-a", "2026-03-01T00:00:00Z"), edge("c2", "cc-b", "2026-01-01T00:00:00Z")),
                JILIN, page(false, edge("j1", "jl-a", "2026-02-01T00:00:00Z")));

        Map<String, Object> connection = MergedConnection.merge(cities, Map.of(), 2, null);

        assertThat(nodeIds(connection)).containsExactly("cc-a", "jl-a");
        assertThat(pageInfo(connection)).containsEntry("hasNextPage", true).containsEntry("hasPreviousPage", false);
    }

    @Test
    void eachCursorHoldsEveryCitysPositionUpToItsEdge() {
        Map<TenantId, TenantConnection> cities = cities(
                CHANGCHUN, page(false, edge("c1", "cc-a", "2026-03-01T00:00:00Z")),
                JILIN, page(false, edge("j1", "jl-a", "2026-02-01T00:00:00Z")));

        Map<String, Object> connection = MergedConnection.merge(cities, Map.of(), 10, null);

        List<String> cursors = edges(connection).stream().map(edge -> (String) edge.get("cursor")).toList();
        assertThat(MergedConnection.decode(cursors.get(0))).containsExactly(Map.entry(CHANGCHUN, "c1"));
        assertThat(MergedConnection.decode(cursors.get(1))).containsExactly(Map.entry(CHANGCHUN, "c1"), Map.entry(JILIN, "j1"));
        assertThat(pageInfo(connection)).containsEntry("endCursor", cursors.get(1)).containsEntry("hasNextPage", false);
    }

    @Test
    void aCityThatTookNothingOnThisPageKeepsThePositionItHad() {
        Map<TenantId, String> before = Map.of(JILIN, "j7");
        Map<TenantId, TenantConnection> cities = cities(
                CHANGCHUN, page(false, edge("c1", "cc-a", "2026-03-01T00:00:00Z")),
                JILIN, page(false));

        Map<String, Object> connection = MergedConnection.merge(cities, before, 10, MergedConnection.encode(before));

        String cursor = (String) edges(connection).get(0).get("cursor");
        assertThat(MergedConnection.decode(cursor)).containsEntry(JILIN, "j7").containsEntry(CHANGCHUN, "c1");
        assertThat(pageInfo(connection)).containsEntry("hasPreviousPage", true);
    }

    @Test
    void aCityWithMoreOfItsOwnMeansANextPage() {
        Map<String, Object> connection = MergedConnection.merge(cities(CHANGCHUN, page(true, edge("c1", "cc-a", "2026-03-01T00:00:00Z"))),
                Map.of(), 10, null);

        assertThat(pageInfo(connection)).containsEntry("hasNextPage", true);
    }

    @Test
    void anEmptyPageEndsWhereThePreviousOneDid() {
        String after = MergedConnection.encode(Map.of(CHANGCHUN, "c9"));

        Map<String, Object> connection = MergedConnection.merge(cities(CHANGCHUN, page(false)), Map.of(CHANGCHUN, "c9"), 10, after);

        assertThat(edges(connection)).isEmpty();
        assertThat(pageInfo(connection)).containsEntry("endCursor", after).containsEntry("startCursor", null);
    }

    @Test
    void aCursorThatIsNotOneOfThisConnectionIsBadInputNamingAfter() {
        assertThatThrownBy(() -> MergedConnection.decode("not a cursor"))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("after"));
        // well encoded, but naming no valid city
        assertThatThrownBy(() -> MergedConnection.decode(Opaque.encode("Not A City:c1\n")))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.field()).isEqualTo("after"));
    }

    private static Map<TenantId, TenantConnection> cities(Object... cityAndPage) {
        Map<TenantId, TenantConnection> cities = new LinkedHashMap<>();
        for (int i = 0; i < cityAndPage.length; i += 2) {
            cities.put((TenantId) cityAndPage[i], (TenantConnection) cityAndPage[i + 1]);
        }
        return cities;
    }

    private static TenantConnection page(boolean hasNextPage, TenantEdge... edges) {
        return new TenantConnection(List.of(edges), new PageInfo(hasNextPage));
    }

    private static TenantEdge edge(String cursor, String id, String publishedAt) {
        return new TenantEdge(cursor, Map.of("__typename", "Achievement", "id", id, "publishedAt", publishedAt));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> edges(Map<String, Object> connection) {
        return (List<Map<String, Object>>) connection.get("edges");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> pageInfo(Map<String, Object> connection) {
        return (Map<String, Object>) connection.get("pageInfo");
    }

    @SuppressWarnings("unchecked")
    private static List<String> nodeIds(Map<String, Object> connection) {
        return edges(connection).stream().map(edge -> (String) ((Map<String, Object>) edge.get("node")).get("id")).toList();
    }
}
