package app.chuangxian;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.chuangxian.campaign.Campaign;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The layering of STYLE.md: resources speak HTTP and call services; shared code knows no feature; features depend on
 * each other one way only; campaigns are read through the campaign feature's one facade.
 */
@AnalyzeClasses(packages = "app.chuangxian", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule resourcesDoNotTouchPersistence = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat()
            .haveSimpleNameEndingWith("Repository")
            .orShould()
            .dependOnClassesThat()
            .haveFullyQualifiedName("jakarta.persistence.EntityManager")
            .because("resources stay thin: rules and data access live in services");

    @ArchTest
    static final ArchRule resourcesAreNotTransactional = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .beAnnotatedWith(jakarta.transaction.Transactional.class)
            .because("transactions belong to services");

    @ArchTest
    static final ArchRule commonKnowsNoFeature = noClasses()
            .that()
            .resideInAPackage("app.chuangxian.common..")
            .should()
            .dependOnClassesThat()
            .resideOutsideOfPackages(
                    "app.chuangxian.common..", "java..", "jakarta..", "org..", "io..", "com.fasterxml..")
            .because("shared code must not depend on a feature");

    @ArchTest
    static final ArchRule onlyDemoKnowsDemo = noClasses()
            .that()
            .resideOutsideOfPackage("app.chuangxian.demo..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("app.chuangxian.demo..")
            .because("demo data is a leaf that production code never needs");

    @ArchTest
    static final ArchRule nothingCallsUpIntoResources = classes()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .onlyHaveDependentClassesThat()
            .haveSimpleNameNotEndingWith("Repository")
            .because("repositories never call back up into the HTTP layer");

    @ArchTest
    static final ArchRule featuresDependOneWay = slices().matching("app.chuangxian.(*)..")
            .should()
            .beFreeOfCycles()
            .because("a feature that needs another's data asks through a port it owns (e.g. BranchHistory)");

    @ArchTest
    static final ArchRule campaignsAreReadThroughTheFacade = noClasses()
            .that()
            .resideOutsideOfPackage("app.chuangxian.campaign..")
            .should()
            .callMethodWhere(
                    target(owner(equivalentTo(Campaign.class))).and(target(nameMatching("(find|list|stream|count).*"))))
            .because("CampaignAccess is the one way to read a campaign, with or without the caller's visibility");

    @ArchTest
    static final ArchRule resourcesDoNotUseOtherResources = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "another resource", c -> c.getSimpleName().endsWith("Resource")))
            .because("a resource speaks HTTP for its own feature; shared types live in services or common");
}
