package fi.valvonta.ejb.measure;

import fi.valvonta.ejb.suomifi.SuomiFiApi;
import fi.valvonta.ejb.suomifi.SuomiFiException;
import fi.valvonta.model.measure.DeliveryEventType;
import fi.valvonta.model.platform.BusinessException;
import fi.valvonta.model.platform.RuleViolationException;
import fi.valvonta.model.platform.UnavailableException;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** How the service's failures reach the caller, and which of its events the application knows. */
class ElectronicServiceRefusalTest {

    @Test
    void anOutageIsTryAgainLaterRefusedCredentialsAreTheConfigurationsAndARefusalTheMessages() {
        for (int status : new int[]{0, 429, 500, 502, 503}) {
            BusinessException e = ElectronicService.refusal(new SuomiFiException(status, "x"));
            assertInstanceOf(UnavailableException.class, e);
            assertEquals("suomifi.unavailable", e.code(), "HTTP " + status);
        }
        for (int status : new int[]{401, 403}) {
            BusinessException e = ElectronicService.refusal(new SuomiFiException(status, "x"));
            assertInstanceOf(UnavailableException.class, e);
            assertEquals("suomifi.credentials-refused", e.code());
        }
        BusinessException refused = ElectronicService.refusal(new SuomiFiException(400, "Validation failed"));
        assertInstanceOf(RuleViolationException.class, refused);
        assertEquals("suomifi.message-refused", refused.code());
    }

    @Test
    void everyEventTheServicePublishesHasItsType() {
        assertEquals(EnumSet.allOf(DeliveryEventType.class), EnumSet.copyOf(ElectronicService.EVENT_TYPES.values()));
        assertEquals(DeliveryEventType.RECEIPT_CONFIRMED, ElectronicService.EVENT_TYPES.get(SuomiFiApi.EVENT_RECEIPT_CONFIRMED));
        assertEquals(DeliveryEventType.PAPER_CREATED, ElectronicService.EVENT_TYPES.get("Paper mail created"));
    }
}
