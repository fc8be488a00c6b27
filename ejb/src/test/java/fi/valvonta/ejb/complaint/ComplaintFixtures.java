package fi.valvonta.ejb.complaint;

import fi.valvonta.model.complaint.Channel;
import fi.valvonta.model.complaint.Complainant;
import fi.valvonta.model.complaint.Complaint;
import fi.valvonta.model.complaint.ScreeningResult;
import fi.valvonta.model.complaint.Theme;
import fi.valvonta.model.registry.LanguageStatus;
import fi.valvonta.model.registry.Municipality;
import fi.valvonta.model.registry.PilotArea;
import fi.valvonta.model.registry.SupervisedEntity;
import fi.valvonta.model.platform.CaseNumber;
import fi.valvonta.model.platform.Language;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Complaints as the database would give them (ids set), without a database. */
final class ComplaintFixtures {

    static final Instant NOW = Instant.parse("2026-02-02T10:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 2, 2);

    private ComplaintFixtures() {
    }

    static Municipality espoo() {
        Municipality espoo = Municipality.pilotMunicipality("Espoo", "Esbo",
                new LanguageStatus(EnumSet.of(Language.FI, Language.SV), Language.FI, false), new PilotArea(1, "Espoon kuntakokeilu"));
        set(SupervisedEntity.class, espoo, "id", 49L);
        return espoo;
    }

    /** A complaint registered 15.1.2026 with id 1000, named official "Virkailija", screened with {@code screening}. */
    static Complaint registered(ScreeningResult screening) {
        Complaint.Intake intake = new Complaint.Intake(LocalDate.of(2026, 1, 15), Channel.EMAIL,
                Complainant.of(false, "Anna", "anna@example.fi", null, null, Language.FI, null, false), espoo(),
                "Virkailija", LocalDate.of(2025, 11, 5), null, "Kuvaus", Set.of(Theme.OTHER, Theme.DATA_PROTECTION), false,
                null, null);
        Complaint c = Complaint.register(CaseNumber.of("LVV", 7, 2026), intake, screening, "kirjaamo", NOW);
        set(Complaint.class, c, "id", 1000L);
        return c;
    }

    static Complaint registered() {
        return registered(new ScreeningResult(List.of()));
    }

    static void set(Class<?> type, Object target, String field, Object value) {
        try {
            Field f = type.getDeclaredField(field);
            f.setAccessible(true);
            f.set(target, value);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
