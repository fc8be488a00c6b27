package fi.valvonta.web.api.security;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class CrossSiteRequestFilterTest {

    @Test
    void bodiesABrowserSendsCrossSiteAreRefused() {
        assertNotNull(CrossSiteRequestFilter.refusal("application/x-www-form-urlencoded", null, null));
        assertNotNull(CrossSiteRequestFilter.refusal("multipart/form-data; boundary=x", null, null));
        assertNotNull(CrossSiteRequestFilter.refusal("text/plain", null, null));
        assertNotNull(CrossSiteRequestFilter.refusal("TEXT/PLAIN; charset=UTF-8", "x", "\"1\""), "headers do not excuse the type");
        assertNotNull(CrossSiteRequestFilter.refusal("not a type", null, null));
    }

    @Test
    void aBodyLessCallNeedsAHeaderNoCrossSitePageCanSet() {
        assertNotNull(CrossSiteRequestFilter.refusal(null, null, null));
        assertNotNull(CrossSiteRequestFilter.refusal(" ", null, null));
        assertNull(CrossSiteRequestFilter.refusal(null, "script", null));
        assertNull(CrossSiteRequestFilter.refusal(null, null, "\"3\""));
    }

    @Test
    void typesThatNeedAPreflightPass() {
        assertNull(CrossSiteRequestFilter.refusal("application/json", null, null));
        assertNull(CrossSiteRequestFilter.refusal("application/json; charset=UTF-8", null, null));
        assertNull(CrossSiteRequestFilter.refusal("text/csv; charset=UTF-8", null, null));
        assertNull(CrossSiteRequestFilter.refusal("application/pdf", null, null));
    }
}
