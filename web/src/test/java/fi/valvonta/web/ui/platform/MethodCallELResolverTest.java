package fi.valvonta.web.ui.platform;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MethodCallELResolverTest {

    /** A row as the list pages show them: a record, called with accessor syntax. */
    public record Row(String caseNumber, LocalDate received) {
        public String label(String prefix) {
            return prefix + caseNumber;
        }

        public String pick(String a) {
            return "string";
        }

        public String pick(Integer a) {
            return "integer";
        }

        public String fail() {
            throw new IllegalStateException("refused");
        }
    }

    private final MethodCallELResolver resolver = new MethodCallELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    private final Row row = new Row("LVV/1/2026", LocalDate.of(2026, 12, 2));

    @Test
    void callsTheOneMethodOfThatNameAndArityAndSaysItResolvedTheCall() {
        assertEquals("LVV/1/2026", resolver.invoke(context, row, "caseNumber", null, new Object[0]));
        assertTrue(context.isPropertyResolved());
        assertEquals("case LVV/1/2026", resolver.invoke(context, row, "label", null, new Object[] {"case "}));
        assertEquals("a.b", resolver.invoke(context, "a.", "concat", null, new Object[] {"b"}), "String.concat, as the pages use it");
    }

    @Test
    void leavesOverloadsUnknownNamesAndExplicitTypesToBeanELResolver() {
        assertNull(resolver.invoke(context, row, "pick", null, new Object[] {"x"}));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, row, "noSuchMethod", null, new Object[0]));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, row, "label", new Class<?>[] {String.class}, new Object[] {"x"}));
        assertFalse(context.isPropertyResolved());
        assertNull(resolver.invoke(context, null, "caseNumber", null, new Object[0]));
    }

    @Test
    void aMethodsOwnExceptionReachesThePageAsAnElException() {
        ELException e = assertThrows(ELException.class, () -> resolver.invoke(context, row, "fail", null, new Object[0]));
        assertEquals("refused", e.getCause().getMessage());
    }

    @Test
    void anotherArityOrAnOverloadedNameIsNotTaken() {
        assertTrue(MethodCallELResolver.only(Row.class, "label", 1).isPresent());
        assertTrue(MethodCallELResolver.only(Row.class, "label", 2).isEmpty(), "another arity is another method");
        assertTrue(MethodCallELResolver.only(Row.class, "pick", 1).isEmpty(), "two overloads: ambiguous");
    }
}
