package cn.techmarket.hub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The hub's feature packages (federation, registry, health, search, matching, province, security,
 * graphql) depend on each other in one direction only: a cycle would mean neither can change or be
 * understood without the other.
 */
class ModuleBoundariesTest {

    private static final JavaClasses HUB = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.techmarket.hub");

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("cn.techmarket.hub.(*)..").should().beFreeOfCycles().check(HUB);
    }

    /**
     * Search is the index (its root package), what answers searches (query), what follows the
     * tenants' feeds into it (sync) and what repairs and rebuilds it (admin, which reads feeds as
     * the sync does). Answering a search never needs the sync or the repairs.
     */
    @Test
    void searchQueriesNeedNeitherTheSyncNorItsAdministration() {
        noClasses().that().resideInAPackage("cn.techmarket.hub.search.query..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.hub.search.sync..", "cn.techmarket.hub.search.admin..")
                .check(HUB);
        noClasses().that().resideInAPackage("cn.techmarket.hub.search.sync..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.hub.search.query..", "cn.techmarket.hub.search.admin..")
                .check(HUB);
        noClasses().that().resideInAPackage("cn.techmarket.hub.search")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.hub.search.*..")
                .check(HUB);
    }
}
