package fi.valvonta.model.measure;

import fi.valvonta.model.platform.RuleViolationException;
import org.junit.jupiter.api.function.Executable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

final class RuleAssertions {

    private RuleAssertions() {
    }

    /** Asserts the rule with this code refused the call, and returns the exception for further checks. */
    static RuleViolationException assertRefused(String code, Executable call) {
        RuleViolationException e = assertThrows(RuleViolationException.class, call);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }
}
