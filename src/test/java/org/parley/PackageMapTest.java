package org.parley;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The package map of the README ("Working on Parley"), checked on the compiled classes: arrows run one way,
 * shared → web → features, and no package depends, however indirectly, on one that depends on it.
 */
class PackageMapTest {

    /** Shared and web packages: what every feature may use, and which use no feature. */
    private static final String[] BELOW_FEATURES = {"org.parley.error..", "org.parley.store..",
            "org.parley.security..", "org.parley.api..", "org.parley.csv..", "org.parley.cache.."};

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.parley");

    @Test
    void noPackageCycle() {
        slices().matching("org.parley.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void domainErrorsDependOnNothingOfOurs() {
        noClasses().that().resideInAPackage("org.parley.error..")
                .should().dependOnClassesThat(resideInAPackage("org.parley..")
                        .and(resideOutsideOfPackage("org.parley.error..")))
                .check(MAIN);
    }

    @Test
    void sharedAndWebPackagesUseNoFeature() {
        noClasses().that().resideInAnyPackage(BELOW_FEATURES)
                .should().dependOnClassesThat(resideInAPackage("org.parley..")
                        .and(resideOutsideOfPackages(BELOW_FEATURES)))
                .check(MAIN);
    }
}
