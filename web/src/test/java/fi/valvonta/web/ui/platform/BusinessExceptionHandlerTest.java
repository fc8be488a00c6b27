package fi.valvonta.web.ui.platform;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.ForbiddenException;
import fi.valvonta.model.platform.RuleViolationException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.el.ELException;
import jakarta.faces.FacesException;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

/** The UI's one error path: which exceptions are refusals, and their text (Finnish, the default language). */
class BusinessExceptionHandlerTest {

    private static final Locale FI = Locale.forLanguageTag("fi");

    @Test
    void aRefusalIsFoundBehindTheWrappersOfElFacesAndEjb() {
        RuleViolationException rule = new RuleViolationException("complaint.deadline-past", "deadline", "past");
        assertSame(rule, BusinessExceptionHandler.refusal(new FacesException(new ELException(new EJBException(rule)))));
        EJBAccessException denied = new EJBAccessException("no");
        assertSame(denied, BusinessExceptionHandler.refusal(new ELException(denied)));
    }

    @Test
    void anythingElseIsLeftToTheErrorPage() {
        assertNull(BusinessExceptionHandler.refusal(new FacesException(new NullPointerException())));
        assertNull(BusinessExceptionHandler.refusal(new IllegalStateException()));
    }

    @Test
    void theTextIsTheBundlesForTheCodeWithoutFormattingItsApostrophes() {
        assertEquals("Esittelijä ei voi ratkaista esittelemäänsä asiaa.",
                BusinessExceptionHandler.text(new ForbiddenException("presenter-cannot-decide", "English for the log"), FI));
        assertEquals("Coercive measures only within the entity's supervision period.",
                BusinessExceptionHandler.text(new RuleViolationException("measure.outside-supervision-period", null, "x"),
                        Locale.ENGLISH));
    }

    @Test
    void aCodeWithoutItsOwnTextTakesItsFamilysWithTheRulesDetail() {
        assertEquals("CSV-tiedostoa ei tuotu: the first line must be: a;b",
                BusinessExceptionHandler.text(new RuleViolationException("csv.header", "file", "the first line must be: a;b"), FI));
    }

    @Test
    void aCodeTheBundleDoesNotKnowShowsTheRulesOwnMessage() {
        assertEquals("no such rule text", BusinessExceptionHandler.text(new ConflictException("nothing.known", "no such rule text"), FI));
    }

    @Test
    void aFieldOfACommandIsFoundByItsLastName() {
        assertEquals("name", BusinessExceptionHandler.fieldId("complainant.name"));
        assertEquals("deadline", BusinessExceptionHandler.fieldId("deadline"));
        assertEquals(java.util.List.of("entityId", "entity"), BusinessExceptionHandler.fieldIds("entityId"));
        assertEquals(java.util.List.of("name"), BusinessExceptionHandler.fieldIds("complainant.name"));
        assertEquals(java.util.List.of("Id"), BusinessExceptionHandler.fieldIds("Id"));
    }
}
