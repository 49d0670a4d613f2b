package cn.techmarket.tenant;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * A tenant node's feature packages (tenancy, library, audit, feed, the record kinds such as
 * serviceinstitution, contracts, matching, idempotency, demo data) depend on each other in one direction only. Tenancy is at the
 * bottom: it routes a request to its tenant and knows nothing of what the tenant holds.
 */
class ModuleBoundariesTest {

    private static final JavaClasses NODE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.techmarket.tenant");

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        slices().matching("cn.techmarket.tenant.(*)..").should().beFreeOfCycles().check(NODE);
    }

    @Test
    void tenancyDependsOnNoFeature() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses().that().resideInAPackage("cn.techmarket.tenant.tenancy..")
                .should().dependOnClassesThat().resideInAnyPackage("cn.techmarket.tenant.library..", "cn.techmarket.tenant.audit..",
                        "cn.techmarket.tenant.contract..", "cn.techmarket.tenant.matching..", "cn.techmarket.tenant.feed..")
                .check(NODE);
    }
}
