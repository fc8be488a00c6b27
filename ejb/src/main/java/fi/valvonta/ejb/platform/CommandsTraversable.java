package fi.valvonta.ejb.platform;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;

import java.lang.annotation.ElementType;

/**
 * Bean Validation reaches every property of what it validates: the application validates commands and request
 * bodies (records), never entities with lazy state, so it has nothing to ask JPA (META-INF/validation.xml of the EJB
 * module, WEB-INF/validation.xml of the web module). The default resolver asked every persistence provider on the
 * server, property by property, whether the property was loaded — Hibernate's, too, beside EclipseLink — through a
 * class-keyed cache that every request thread locked: under 50 parallel workflow actions a thread dump found most
 * of the workers blocked there. EclipseLink validates entities before writing them with a resolver of its own.
 */
public class CommandsTraversable implements TraversableResolver {

    @Override
    public boolean isReachable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                               Path pathToTraversableObject, ElementType elementType) {
        return true;
    }

    @Override
    public boolean isCascadable(Object traversableObject, Path.Node traversableProperty, Class<?> rootBeanType,
                                Path pathToTraversableObject, ElementType elementType) {
        return true;
    }
}
