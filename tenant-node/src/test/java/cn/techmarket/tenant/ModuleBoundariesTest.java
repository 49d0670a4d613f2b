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

    /** The shared kernel (which tenant a request is for, and what every stored document has) knows no feature. */
    @Test
    void tenancyAndDocumentsDependOnNoFeature() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses()
                .that().resideInAnyPackage("cn.techmarket.tenant.tenancy..", "cn.techmarket.tenant.documents..")
                .should().dependOnClassesThat().resideOutsideOfPackages("cn.techmarket.tenant.tenancy..", "cn.techmarket.tenant.documents..",
                        "cn.techmarket.graphql..", "cn.techmarket.model..", "java..", "javax..", "jakarta..", "org..", "com..", "graphql..",
                        "reactor..", "io..", "tools..")
                .check(NODE);
    }
}
