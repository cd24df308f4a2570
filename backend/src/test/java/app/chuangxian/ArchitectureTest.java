package app.chuangxian;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.nameMatching;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import app.chuangxian.campaign.Campaign;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import java.util.Set;

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
    static final ArchRule featuresQueryOnlyTheirOwnEntities = classes()
            .that()
            .resideOutsideOfPackages("app.chuangxian.demo..", "app.chuangxian.common..")
            .should(queryOnlyTheirOwnFeaturesEntities())
            .because(
                    "another feature's records are read through that feature's facade (CampaignAccess, "
                            + "BranchService, AccountService, SiteVisitService...), so each rule about them lives in one place");

    private static final String QUERY = "(find|list|stream|count|delete|update).*";

    private static ArchCondition<JavaClass> queryOnlyTheirOwnFeaturesEntities() {
        return new ArchCondition<>("query only the entities of their own feature") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = feature(origin);
                for (JavaMethodCall call : origin.getMethodCallsFromSelf()) {
                    JavaClass owner = call.getTargetOwner();
                    String theirs = feature(owner);
                    if (theirs != null
                            && !theirs.equals(own)
                            && !theirs.equals("common")
                            && owner.isAssignableTo(PanacheEntityBase.class)
                            && call.getName().matches(QUERY)) {
                        events.add(SimpleConditionEvent.violated(
                                call, call.getDescription() + ": ask " + theirs + "'s facade instead"));
                    }
                }
            }
        };
    }

    /** The feature a class belongs to: the package right below app.chuangxian, or null outside the application. */
    private static String feature(JavaClass type) {
        String prefix = "app.chuangxian.";
        String pkg = type.getPackageName();
        if (!pkg.startsWith(prefix)) {
            return null;
        }
        String rest = pkg.substring(prefix.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    @ArchTest
    static final ArchRule resourcesDoNotUseOtherResources = noClasses()
            .that()
            .haveSimpleNameEndingWith("Resource")
            .should()
            .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                    "another resource", c -> c.getSimpleName().endsWith("Resource")))
            .because("a resource speaks HTTP for its own feature; shared types live in services or common");

    /** Documents read and replaced whole (PUT with the same shape), and the token answers RFC 6749 names. */
    private static final Set<String> WIRE_NAME_EXCEPTIONS =
            Set.of("LeadingGroup", "GradeScale", "TokenResponse", "ClientTokenResponse");

    @ArchTest
    static final ArchRule wireTypesAreNamedForTheirSide = methods()
            .that()
            .areDeclaredInClassesThat()
            .haveSimpleNameEndingWith("Resource")
            .and()
            .arePublic()
            .should(nameTheirWireTypes())
            .because("a request body is a *Request record (or nested in *Requests) and an answer a *View or *Page "
                    + "(or nested in *Views), so the side a type serves reads from its name");

    private static ArchCondition<JavaMethod> nameTheirWireTypes() {
        return new ArchCondition<>("name request bodies *Request and answers *View or *Page") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                for (JavaParameter parameter : method.getParameters()) {
                    JavaClass type = parameter.getRawType();
                    boolean body = parameter.isAnnotatedWith("jakarta.validation.Valid")
                            && !parameter.isAnnotatedWith("jakarta.ws.rs.BeanParam");
                    if (body && !named(type, "Request")) {
                        events.add(SimpleConditionEvent.violated(
                                method, method.getFullName() + " takes " + type.getName() + ", not named *Request"));
                    }
                }
                JavaClass answer = answered(method.getReturnType());
                if (answer != null
                        && isRecord(answer)
                        && !named(answer, "View")
                        && !answer.getSimpleName().endsWith("Page")) {
                    events.add(SimpleConditionEvent.violated(
                            method,
                            method.getFullName() + " answers " + answer.getName() + ", not named *View or *Page"));
                }
            }
        };
    }

    /** The type a method answers with, looking inside a list; null for what is not a record of this code. */
    private static JavaClass answered(JavaType type) {
        if (type instanceof JavaParameterizedType generic
                && !generic.getActualTypeArguments().isEmpty()) {
            return answered(generic.getActualTypeArguments().get(0));
        }
        JavaClass raw = type.toErasure();
        return raw.getPackageName().startsWith("app.chuangxian") ? raw : null;
    }

    private static boolean isRecord(JavaClass type) {
        return type.reflect().isRecord();
    }

    private static boolean named(JavaClass type, String side) {
        return WIRE_NAME_EXCEPTIONS.contains(type.getSimpleName())
                || type.getSimpleName().endsWith(side)
                || type.getEnclosingClass()
                        .map(outer -> outer.getSimpleName().endsWith(side + "s"))
                        .orElse(false);
    }
}
