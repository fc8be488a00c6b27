package fi.valvonta.it.measure;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;

import static fi.valvonta.it.measure.MeasureFixtures.draftNew;
import static fi.valvonta.it.measure.MeasureFixtures.municipality;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** Complaints and measure cases share the agency's one diary: a case number names one matter only. */
@ExtendWith(ArquillianExtension.class)
class CaseDiaryIT {

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void complaintAndMeasureCaseTakeConsecutiveNumbersFromOneCounter() {
        // a complaint's number takes the year of its receipt, a measure case's the year it is opened:
        // both are received today, so that all three numbers fall in one year whatever the date of the run
        String today = TestClock.today().toString();
        String complaint = Complaints.register(Api.as("kirjaamo"), Complaints.body().received(today)).getString("caseNumber");
        String measureCase = draftNew(municipality("Kuopio"), "GUIDANCE", "\"guidanceKind\":\"OPINION\"").getString("caseNumber");
        String next = Complaints.register(Api.as("kirjaamo"), Complaints.body().received(today)).getString("caseNumber");
        assertNotEquals(complaint, measureCase);
        assertEquals(serial(complaint) + 1, serial(measureCase), complaint + " then " + measureCase);
        assertEquals(serial(measureCase) + 1, serial(next), measureCase + " then " + next);
    }

    private static int serial(String caseNumber) {
        return Integer.parseInt(caseNumber.split("/")[1]);
    }
}
