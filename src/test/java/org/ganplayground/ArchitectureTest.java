package org.ganplayground;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(
        packages = "org.ganplayground",
        importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String[] PURE = {
        "org.ganplayground.engine..",
        "org.ganplayground.domains..",
        "org.ganplayground.guardrails..",
        "org.ganplayground.settings.."
    };

    @ArchTest
    static final ArchRule the_engine_knows_nothing_of_settings_text_or_labels =
            noClasses()
                    .that()
                    .resideInAnyPackage(
                            "org.ganplayground.engine..",
                            "org.ganplayground.domains..",
                            "org.ganplayground.guardrails..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.ganplayground.settings..", "com.fasterxml.jackson..");

    @ArchTest
    static final ArchRule engine_domains_and_guardrails_import_no_spring_vaadin_or_jpa =
            noClasses()
                    .that()
                    .resideInAnyPackage(PURE)
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(
                            "org.springframework..",
                            "com.vaadin..",
                            "jakarta.persistence..",
                            "org.hibernate..");

    @ArchTest
    static final ArchRule dl4j_and_nd4j_stay_inside_the_engine =
            noClasses()
                    .that()
                    .resideOutsideOfPackages(
                            "org.ganplayground.engine..",
                            "org.ganplayground.domains..",
                            "org.ganplayground.guardrails..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("org.nd4j..", "org.deeplearning4j..");

    @ArchTest
    static final ArchRule vaadin_only_in_ui_packages_and_the_app_shell =
            noClasses()
                    .that()
                    .resideOutsideOfPackage("..ui..")
                    .and()
                    .doNotHaveFullyQualifiedName(Application.class.getName())
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage("com.vaadin..");

    @ArchTest
    static final ArchRule feature_packages_have_no_cycles =
            slices().matching("org.ganplayground.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule views_are_package_private =
            classes()
                    .that()
                    .areAnnotatedWith(com.vaadin.flow.router.Route.class)
                    .should()
                    .notBePublic();
}
