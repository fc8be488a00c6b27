package fi.valvonta.web.platform;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layering of the modules, as ArchUnit reads the compiled classes of model, ejb and web: the
 * domain depends on no layer above it, only the EJB services touch the persistence context, and the
 * web layer reaches the domain's state changes only through the services.
 */
class LayeringTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        // the compiled classes of the three modules (faster than scanning every jar of the class path)
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPaths(Path.of("../model/target/classes"), Path.of("../ejb/target/classes"), Path.of("target/classes"));
    }

    @Test
    void theModelDependsOnNeitherServicesNorWeb() {
        noClasses().that().resideInAPackage("fi.valvonta.model..")
                .should().dependOnClassesThat().resideInAnyPackage("fi.valvonta.ejb..", "fi.valvonta.web..")
                .check(classes);
    }

    @Test
    void servicesDoNotDependOnTheWeb() {
        noClasses().that().resideInAPackage("fi.valvonta.ejb..")
                .should().dependOnClassesThat().resideInAPackage("fi.valvonta.web..")
                .check(classes);
    }

    @Test
    void theWebNeverTouchesThePersistenceContext() {
        noClasses().that().resideInAPackage("fi.valvonta.web..")
                .should().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManagerFactory.class)
                .orShould().dependOnClassesThat().areAssignableTo(Query.class)
                .orShould().dependOnClassesThat().areAssignableTo(PersistenceContext.class)
                .check(classes);
    }

    @Test
    void resourcesAndBackingBeansChangeTheDomainOnlyThroughServices() {
        // an entity's methods are its state changes and getters: the web layer gets views (DTOs) from services
        noClasses().that().resideInAnyPackage("fi.valvonta.web.api..", "fi.valvonta.web.ui..")
                .should().callMethodWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(annotatedWith(Entity.class))))
                .orShould().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(annotatedWith(Entity.class))))
                .check(classes);
    }

    @Test
    void featurePackagesOfTheModelHaveNoCycles() {
        slices().matching("fi.valvonta.model.(*)..").should().beFreeOfCycles().check(classes);
    }
}
