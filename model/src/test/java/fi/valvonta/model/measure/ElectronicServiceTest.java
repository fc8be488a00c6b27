package fi.valvonta.model.measure;

import fi.valvonta.model.platform.ConflictException;
import fi.valvonta.model.platform.Language;
import fi.valvonta.model.registry.BusinessId;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.PostalAddress;
import fi.valvonta.model.security.Role;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static fi.valvonta.model.measure.RuleAssertions.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Electronic service through the national messaging service: who a decision can go to, how it goes
 * (verifiable message; a letter against a receipt only for an obligating decision), and which reported event
 * becomes the service with which date, the appeal period and finality following (laki 13/2003 18 §, HL 59–60 §).
 */
class ElectronicServiceTest {

    private static final Instant NOW = Instant.parse("2024-10-01T08:00:00Z");
    private static final LocalDate OCT_1 = LocalDate.of(2024, 10, 1);
    private static final LocalDate TODAY = LocalDate.of(2024, 12, 31);
    private static final Set<Role> DECISION_MAKER = EnumSet.of(Role.DECISION_MAKER);
    private static final Set<Role> INSPECTOR = EnumSet.of(Role.INSPECTOR);

    private final Municipality raasepori = Municipality.pilotMunicipality("Raasepori", "Raseborg",
            LanguageStatus.unilingualFinnish(), new PilotArea(21L, "Raaseporin kuntakokeilu"));

    private Measure decided(MeasureType type, MeasureAddressee addressee, LocalDate deadline) {
        MeasureCase c = new MeasureCase("LVV/7/2024", raasepori, "Palvelutarpeen arviointi", MeasureOrigin.OWN_INITIATIVE,
                null, null, null, null, "tarkastaja", LocalDate.of(2024, 1, 2), NOW);
        MeasureContent content = new MeasureContent("faktat", "HL 23 §", "perustelut", "ratkaisu", deadline,
                type == MeasureType.GUIDANCE ? GuidanceKind.OPINION : null, addressee,
                addressee == MeasureAddressee.OFFICIAL ? "Viranhaltija Virtanen" : null, null, null);
        Measure m = Measure.draft(c, type, content, null, "tarkastaja", NOW);
        if (type.requiresHearing()) {
            m.requestHearing(LocalDate.of(2024, 9, 2), LocalDate.of(2024, 9, 16), OCT_1);
            m.recordHearingResponse(LocalDate.of(2024, 9, 10), OCT_1);
        }
        m.propose("tarkastaja", OCT_1, NOW);
        m.decide("ratkaisija", DECISION_MAKER, OCT_1, OCT_1, NOW, null, null);
        return m;
    }

    private void withServiceDetails() {
        raasepori.recordServiceDetails(BusinessId.parse("0204819-8"), new PostalAddress("Raatihuoneentori 1", "10600", "Tammisaari"));
    }

    private static Instant at(String date) {
        return Instant.parse(date + "T09:30:00Z");
    }

    private static Measure.DeliveryOutcome report(Measure m, ElectronicDelivery d, DeliveryEventType type, String date) {
        return m.recordDeliveryEvent(d, type, at(date), LocalDate.parse(date), TODAY, NOW, 14);
    }

    @Test
    void aDecidedMeasureIsOfferedElectronicServiceUntilADeliveryIsOnItsWay() {
        withServiceDetails();
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        assertTrue(m.allowedActions(INSPECTOR, "tarkastaja").contains(MeasureAction.SEND_ELECTRONICALLY));
        assertFalse(m.allowedActions(DECISION_MAKER, "ratkaisija").contains(MeasureAction.SEND_ELECTRONICALLY));
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        assertFalse(m.allowedActions(INSPECTOR, "tarkastaja").contains(MeasureAction.SEND_ELECTRONICALLY));
        ConflictException again = assertThrows(ConflictException.class, () -> m.sendElectronically(Language.FI, "tarkastaja", NOW));
        assertEquals(Measure.DELIVERY_PENDING, again.code());
        report(m, d, DeliveryEventType.PAPER_CREATED, "2024-10-02");
        report(m, d, DeliveryEventType.POSTI_RETURNED, "2024-10-09");
        assertEquals(ElectronicDelivery.State.RETURNED, d.state());
        assertTrue(m.allowedActions(INSPECTOR, "tarkastaja").contains(MeasureAction.SEND_ELECTRONICALLY), "a returned letter may be sent again");
        ElectronicDelivery second = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        assertTrue(second.externalId().endsWith("-2"), second.externalId());
    }

    @Test
    void theDeliveryNamesTheOrganisationByItsBusinessIdAndSaysHowItIsServed() {
        withServiceDetails();
        ElectronicDelivery order = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31))
                .sendElectronically(Language.SV, "tarkastaja", NOW);
        assertEquals("0204819-8", order.recipientId());
        assertEquals("Raseborg", order.recipientName(), "the addressee's name in the document's language");
        assertEquals("TAMMISAARI", order.postalAddress().postOffice());
        assertTrue(order.electronicVerifiable());
        assertTrue(order.letterVerifiable(), "an order is served verifiably also by letter (HL 60 §)");
        assertEquals(ElectronicDelivery.State.SENT, order.state());

        raasepori.recordServiceDetails(BusinessId.parse("0204819-8"), new PostalAddress("Raatihuoneentori 1", "10600", "Tammisaari"));
        ElectronicDelivery guidance = decided(MeasureType.GUIDANCE, null, null).sendElectronically(Language.FI, "tarkastaja", NOW);
        assertTrue(guidance.electronicVerifiable());
        assertFalse(guidance.letterVerifiable(), "guidance goes as an ordinary letter (HL 59 §)");
    }

    @Test
    void anAddresseeWithoutBusinessIdOrAddressOrAPersonIsRefused() {
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        assertRefused(Measure.BUSINESS_ID_MISSING, () -> m.sendElectronically(Language.FI, "tarkastaja", NOW));
        raasepori.recordServiceDetails(BusinessId.parse("0204819-8"), null);
        assertRefused(Measure.POSTAL_ADDRESS_MISSING, () -> m.sendElectronically(Language.FI, "tarkastaja", NOW));
        withServiceDetails();
        Measure remark = decided(MeasureType.REMARK, MeasureAddressee.OFFICIAL, null);
        assertRefused(Measure.ELECTRONIC_SERVICE_TO_PERSON, () -> remark.sendElectronically(Language.FI, "tarkastaja", NOW));
        assertTrue(m.deliveries().isEmpty(), "a refused send leaves no delivery");
    }

    @Test
    void anUndecidedOrServedMeasureIsNotSent() {
        withServiceDetails();
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        m.serve(ServiceMethod.IN_PERSON, OCT_1, OCT_1, 14);
        assertThrows(ConflictException.class, () -> m.sendElectronically(Language.FI, "tarkastaja", NOW));
    }

    @Test
    void aConfirmedReceiptIsVerifiedElectronicServiceOnThatDay() {
        withServiceDetails();
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        d.acceptedAs(777);
        Measure.DeliveryOutcome created = report(m, d, DeliveryEventType.ELECTRONIC_CREATED, "2024-10-01");
        assertTrue(created.recorded());
        assertNull(created.servedBy());
        assertEquals(ElectronicDelivery.State.IN_MAILBOX, d.state());
        assertEquals(MeasureState.DECIDED, m.state(), "in the mailbox is not yet received");

        Measure.DeliveryOutcome confirmed = report(m, d, DeliveryEventType.RECEIPT_CONFIRMED, "2024-10-04");
        assertEquals(ServiceMethod.VERIFIED_ELECTRONIC, confirmed.servedBy());
        assertEquals(MeasureState.SERVED, m.state());
        assertEquals(LocalDate.of(2024, 10, 4), m.servedOn());
        assertEquals(ServiceMethod.VERIFIED_ELECTRONIC, m.serviceMethod());
        // 808/2019 13 §: 30 days from service; 3.11.2024 is a Sunday, so the last day moves to Monday
        assertEquals(LocalDate.of(2024, 11, 4), m.appealPeriodEnds());
        assertEquals(LocalDate.of(2024, 11, 5), m.finalOn());
        assertEquals(ElectronicDelivery.State.RECEIVED, d.state());
        assertEquals(Optional.of(LocalDate.of(2024, 10, 4)), d.receivedOn());

        Measure.DeliveryOutcome read = report(m, d, DeliveryEventType.ELECTRONIC_READ, "2024-10-05");
        assertTrue(read.recorded());
        assertNull(read.servedBy(), "receipt is shown once; a later read changes nothing");
        assertEquals(LocalDate.of(2024, 10, 4), m.servedOn());
        assertFalse(report(m, d, DeliveryEventType.RECEIPT_CONFIRMED, "2024-10-04").recorded(), "the same event again");
        assertEquals(3, d.events().size());
    }

    @Test
    void aLetterAgainstAReceiptServesAnOrderOnTheDaySignedFor() {
        withServiceDetails();
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        report(m, d, DeliveryEventType.PAPER_CREATED, "2024-10-02");
        assertEquals(ElectronicDelivery.State.BY_LETTER, d.state());
        assertEquals(Optional.of(ElectronicDelivery.Channel.PAPER), d.channel());
        assertEquals(MeasureState.DECIDED, m.state());
        assertEquals(ServiceMethod.VERIFIED_LETTER,
                report(m, d, DeliveryEventType.POSTI_RECEIPT_CONFIRMED, "2024-10-08").servedBy());
        assertEquals(ServiceMethod.VERIFIED_LETTER, m.serviceMethod());
        assertEquals(LocalDate.of(2024, 10, 8), m.servedOn());
    }

    @Test
    void anOrdinaryLetterToAnAuthorityWaitsForItsDateOfArrival() {
        withServiceDetails();
        Measure m = decided(MeasureType.GUIDANCE, null, null);
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        report(m, d, DeliveryEventType.PAPER_CREATED, "2024-10-02");
        assertEquals(ElectronicDelivery.State.BY_LETTER, d.state());
        assertEquals(MeasureState.DECIDED, m.state(), "HL 59 § 2 mom: the day of arrival, which the service does not report");
        assertEquals(ServiceMethod.ORDINARY_LETTER, ServiceRules.byLetter(m.type()));
        assertTrue(m.allowedActions(INSPECTOR, "tarkastaja").contains(MeasureAction.SERVE), "recorded by hand");
    }

    @Test
    void aReceiptThatCannotBeServiceIsKeptWithItsReason() {
        withServiceDetails();
        // the deadline leaves fewer than 14 working days after a receipt on 20.3.2025
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        Measure.DeliveryOutcome late = m.recordDeliveryEvent(d, DeliveryEventType.RECEIPT_CONFIRMED, at("2025-03-20"),
                LocalDate.of(2025, 3, 20), LocalDate.of(2025, 3, 21), NOW, 14);
        assertNull(late.servedBy());
        assertTrue(late.notRecordedAsService().startsWith("measure."), late.notRecordedAsService());
        assertEquals(MeasureState.DECIDED, m.state());
        assertEquals(ElectronicDelivery.State.RECEIVED, d.state());
        assertTrue(d.note().isPresent());
    }

    @Test
    void aReceiptAfterServiceByOtherMeansIsNotASecondService() {
        withServiceDetails();
        Measure m = decided(MeasureType.ORDER, null, LocalDate.of(2025, 3, 31));
        ElectronicDelivery d = m.sendElectronically(Language.FI, "tarkastaja", NOW);
        m.serve(ServiceMethod.IN_PERSON, LocalDate.of(2024, 10, 2), TODAY, 14);
        Measure.DeliveryOutcome o = report(m, d, DeliveryEventType.RECEIPT_CONFIRMED, "2024-10-03");
        assertNull(o.servedBy());
        assertEquals(LocalDate.of(2024, 10, 2), m.servedOn());
        assertEquals(ServiceMethod.IN_PERSON, m.serviceMethod());
    }

    @Test
    void onlyAConfirmedReceiptOrASignedLetterProvesTheDate() {
        for (DeliveryEventType e : DeliveryEventType.values()) {
            Optional<ServiceMethod> proven = ServiceRules.receiptProvenBy(e, true, true);
            switch (e) {
                case RECEIPT_CONFIRMED, ELECTRONIC_READ -> assertEquals(Optional.of(ServiceMethod.VERIFIED_ELECTRONIC), proven, e.name());
                case POSTI_RECEIPT_CONFIRMED -> assertEquals(Optional.of(ServiceMethod.VERIFIED_LETTER), proven, e.name());
                default -> assertEquals(Optional.empty(), proven, e.name());
            }
        }
        assertEquals(Optional.empty(), ServiceRules.receiptProvenBy(DeliveryEventType.POSTI_RECEIPT_CONFIRMED, true, false));
        assertEquals(Optional.empty(), ServiceRules.receiptProvenBy(DeliveryEventType.RECEIPT_CONFIRMED, false, true));
        for (MeasureType t : MeasureType.values()) {
            assertTrue(ServiceRules.electronicallyVerifiable(t), t.name());
            assertEquals(t.isObligating(), ServiceRules.letterVerifiable(t), t.name());
            // the method a letter gives is one ServiceRules allows for the type
            ServiceRules.checkMethodAllowed(t, ServiceRules.byLetter(t));
        }
    }
}
