package cn.techmarket.hub;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

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
}
