package fi.valvonta.it.complaint;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.model.platform.FinnishCalendar;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static fi.valvonta.it.support.Complaints.act;
import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.ok;
import static fi.valvonta.it.support.Complaints.register;
import static fi.valvonta.it.support.UiTexts.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The complaint workflow through the REST API: registration, screening, every state, the decision, audit. */
@ExtendWith(ArquillianExtension.class)
class ComplaintWorkflowIT {

    /** The server's default of valvonta.complaint.statement-working-days, which the test server keeps. */
    private static final int STATEMENT_WORKING_DAYS = 15;

    private final Api registrar = Api.as("kirjaamo");
    private final Api inspector = Api.as("tarkastaja");
    private final Api decider = Api.as("ratkaisija");
    private final Api auditor = Api.as("auditor");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void registrationGivesCaseNumberEtagAndDefaults() {
        Api.Reply r = registrar.post("/complaints", body().json());
        assertEquals(201, r.status(), r.toString());
        JsonObject c = r.json();
        assertTrue(c.getString("caseNumber").matches("LVV/[1-9][0-9]*/2026"), c.getString("caseNumber"));
        assertTrue(r.header("Location").endsWith("/complaints/" + c.getInt("id")));
        assertEquals("\"" + c.getInt("version") + "\"", r.header("ETag"));
        assertEquals("REGISTERED", c.getString("state"));
        assertEquals("FI", c.getString("proceedingsLanguage"));
        assertEquals(0, c.getJsonArray("screening").size(), c.toString());
        assertEquals("2026-09-15", c.getString("processingTarget"), "eight months after receipt");
        assertEquals("kirjaamo", c.getString("registeredBy"));
        assertFalse(c.getJsonObject("complainant").getBoolean("anonymous"));

        // a received date of 2025 is the predecessor's matter: LSSAVI
        JsonObject old = register(registrar, body().received("2025-03-03"));
        assertTrue(old.getString("caseNumber").matches("LSSAVI/[1-9][0-9]*/2025"), old.getString("caseNumber"));
    }

    @Test
    void proceedingsLanguageFollowsComplainantAndMunicipality() {
        // kielilaki 10 §: a Swedish-speaking complainant in bilingual Espoo gets Swedish proceedings
        assertEquals("SV", register(registrar, body().language("SV")).getString("proceedingsLanguage"));
        // English complainant in Swedish-majority Raasepori: the majority language
        assertEquals("SV", register(registrar, body().language("EN").entity(Complaints.RAASEPORI)).getString("proceedingsLanguage"));
        // Swedish complainant in unilingual Finnish Sodankylä: Swedish before a state authority (kielilaki 10 §),
        // a translation for the municipality flagged, the Sámi homeland noted
        JsonObject sodankyla = register(registrar, body().language("SV").entity(Complaints.SODANKYLA));
        assertEquals("SV", sodankyla.getString("proceedingsLanguage"));
        assertTrue(sodankyla.getJsonObject("language").getBoolean("translationNeeded"));
        assertTrue(sodankyla.getBoolean("samiApplies"));
    }

    @Test
    void screeningFindsAgeCompetenceTeOfficeDuplicatesAndIdentityNumbers() {
        JsonObject old = register(registrar, body().conduct("2023-06-01", "2023-08-31"));
        JsonObject f = finding(old, "CONDUCT_OVER_TWO_YEARS");
        assertEquals("BLOCKING", f.getString("severity"));
        assertEquals("HL 53 b § 3 mom", f.getString("legalBasis"));
        assertEquals("propose-not-investigated", old.getString("proposedAction"));
        assertEquals("OVER_TWO_YEARS", old.getString("proposedDisposal"));

        // from 2025 a pilot municipality's conduct is its employment area's: steered there, nothing registered
        Api.Reply steered = registrar.post("/complaints", body().conduct("2025-03-01", null).json());
        assertEquals(422, steered.status(), steered.toString());
        assertEquals("complaint.conduct-supervised-as-area", steered.json().getString("code"));
        assertEquals("entityId", steered.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        // a municipality that was never a pilot, for conduct before the employment areas: outside competence
        long puolanka = registrar.get("/municipalities?q=Puolanka").json().getJsonArray("items").getJsonObject(0)
                .getJsonNumber("id").longValue();
        JsonObject never = register(registrar, body().entity(puolanka).conduct("2024-10-01", null));
        assertEquals("BLOCKING", finding(never, "ENTITY_NOT_SUPERVISED_AT_CONDUCT").getString("severity"));
        assertEquals("transfer", never.getString("proposedAction"));

        JsonObject te = register(registrar, body().teOffice());
        assertEquals("BLOCKING", finding(te, "TE_OFFICE_MATTER").getString("severity"));

        String email = "toistuva-" + UUID.randomUUID() + "@example.fi";
        String first = register(registrar, body().email(email).conduct("2024-10-01", "2024-10-31")).getString("caseNumber");
        JsonObject second = register(registrar, body().email(email.toUpperCase()).conduct("2024-10-20", null));
        JsonObject dup = finding(second, "POSSIBLE_DUPLICATE");
        assertEquals("WARNING", dup.getString("severity"));
        assertTrue(dup.getString("detail").contains(first), dup.toString());

        // 131052-308T is a valid henkilötunnus (DVV's example)
        JsonObject pin = register(registrar, body().description("Hetu 131052-308T mainittiin."));
        assertEquals("WARNING", finding(pin, "PERSONAL_IDENTITY_NUMBER").getString("severity"));
        assertTrue(pin.getString("description").contains("131052-308T"));
        JsonObject masked = ok(registrar, pin.getInt("id"), "mask-identity-numbers", null);
        assertEquals("Hetu ******-**** mainittiin.", masked.getString("description"));
        assertFalse(masked.getJsonArray("screening").stream()
                .anyMatch(x -> x.asJsonObject().getString("code").equals("PERSONAL_IDENTITY_NUMBER")));

        JsonObject maskedAtIntake = register(registrar, body().description("Hetu 131052-308T.").mask());
        assertEquals("Hetu ******-****.", maskedAtIntake.getString("description"));
    }

    @Test
    void wholeWorkflowToAServedAndClosedRemark() {
        JsonObject c = register(registrar, body().official("Virkailija Virtanen").themes("EQUAL_TREATMENT", "BENEFITS"));
        int id = c.getInt("id");

        c = ok(inspector, id, "start-assessment", null);
        assertEquals("PRELIMINARY_ASSESSMENT", c.getString("state"));
        assertEquals("tarkastaja", c.getString("assignee"), "the inspector who starts takes the case");

        c = ok(inspector, id, "request-supplement", "{\"note\":\"päivämäärät puuttuvat\"}");
        assertEquals("SUPPLEMENT_REQUESTED", c.getString("state"));
        c = ok(registrar, id, "receive-supplement", null);
        assertEquals("PRELIMINARY_ASSESSMENT", c.getString("state"));

        LocalDate today = TestClock.today();
        c = ok(inspector, id, "request-statement", null);
        assertEquals("STATEMENT_REQUESTED", c.getString("state"));
        LocalDate deadline = LocalDate.parse(c.getString("responseDeadline"));
        // the default time is valvonta.complaint.statement-working-days (15) agency working days from today,
        // never ending on a closed day (laki 150/1930 5 §)
        assertEquals(FinnishCalendar.addWorkingDays(today, STATEMENT_WORKING_DAYS), deadline);
        assertTrue(deadline.isAfter(today.plusDays(20)), "15 working days are at least three weeks: " + deadline);
        assertFalse(deadline.getDayOfWeek() == DayOfWeek.SATURDAY || deadline.getDayOfWeek() == DayOfWeek.SUNDAY);

        c = ok(inspector, id, "request-reply", "{\"workingDays\":5}");
        assertEquals("REPLY_REQUESTED", c.getString("state"));
        assertEquals(FinnishCalendar.addWorkingDays(today, 5).toString(), c.getString("responseDeadline"),
                "a reply is due the given five working days from today");
        c = ok(inspector, id, "start-preparation", null);
        assertEquals("IN_PREPARATION", c.getString("state"));
        assertTrue(absent(c, "responseDeadline"));

        // a remark to the official needs the official named (here they are); without an addressee: 422
        Api.Reply noAddressee = act(inspector, id, "propose", "{\"outcome\":\"REMARK\",\"text\":\"Huomautus\"}");
        assertEquals(422, noAddressee.status(), noAddressee.toString());
        assertEquals("remarkAddressee", noAddressee.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        c = ok(inspector, id, "propose", "{\"outcome\":\"REMARK\",\"remarkAddressee\":\"OFFICIAL\",\"text\":\"Annetaan huomautus.\"}");
        assertEquals("PROPOSED", c.getString("state"));
        assertEquals("tarkastaja", c.getJsonObject("decision").getString("presenter"));
        assertFalse(c.getJsonArray("allowedActions").contains(Json("decide")), "the inspector may not decide");

        c = ok(inspector, id, "return-for-preparation", null);
        c = ok(inspector, id, "propose", "{\"outcome\":\"REMARK\",\"remarkAddressee\":\"MUNICIPALITY\",\"text\":\"Kunnalle annetaan huomautus.\"}");

        assertTrue(ids(decider.get("/complaints?inbox=MINE&max=500").json()).contains(id), "waiting for the decision maker");
        JsonArray deciderActions = decider.get("/complaints/" + id).json().getJsonArray("allowedActions");
        assertTrue(deciderActions.contains(Json("decide")), deciderActions.toString());
        c = ok(decider, id, "decide", "{\"dissent\":\"Esittelijä olisi antanut käsityksen.\"}");
        assertEquals("DECIDED", c.getString("state"));
        JsonObject d = c.getJsonObject("decision");
        assertEquals("REMARK", d.getString("outcome"));
        assertEquals("MUNICIPALITY", d.getString("remarkAddressee"));
        assertEquals("ratkaisija", d.getString("decidedBy"));
        assertEquals("Esittelijä olisi antanut käsityksen.", d.getString("dissent"));
        assertFalse(d.getBoolean("appealable"));
        assertTrue(d.getString("appealStatement").contains("53 c §"), d.toString());
        assertEquals("HL 53 c §", d.getString("legalBasis"));
        assertTrue(absent(c, "nextDeadline"));

        // the decision is final: no new proposal, no second decision
        assertEquals(409, act(inspector, id, "propose", "{\"outcome\":\"OPINION\",\"text\":\"muutettu\"}").status());
        assertEquals(409, act(decider, id, "decide", null).status());

        c = ok(registrar, id, "serve", null);
        assertEquals("SERVED", c.getString("state"));
        assertEquals(TestClock.today().toString(),
                c.getJsonObject("decision").getString("servedOn"), "served today, a Finnish date");
        c = ok(registrar, id, "close", null);
        assertEquals("CLOSED", c.getString("state"));
        assertEquals(0, c.getJsonArray("allowedActions").size());
        assertEquals("Kunnalle annetaan huomautus.", c.getJsonObject("decision").getString("text"));

        // a measure case can refer to it by id or case number
        JsonObject ref = inspector.get("/complaints/" + id + "/reference").json();
        assertEquals(c.getString("caseNumber"), ref.getString("caseNumber"));
        assertEquals("REMARK", ref.getString("outcome"));
        String[] n = c.getString("caseNumber").split("/");
        assertEquals(id, inspector.get("/complaints/by-case-number/" + n[0] + "/" + n[1] + "/" + n[2]).json().getInt("id"));

        // every change in the audit trail, in order, with who did it
        // (the receipt e-mailed to the complainant is on the trail too, written when the mail went out)
        List<JsonObject> trail = auditor.get("/complaints/" + id + "/audit").array().stream()
                .map(JsonValue::asJsonObject).filter(e -> !e.getString("action").startsWith("RECEIPT_")).toList();
        List<String> actions = trail.stream().map(e -> e.getString("action")).toList();
        assertEquals(List.of("REGISTERED", "START_ASSESSMENT", "REQUEST_SUPPLEMENT", "RECEIVE_SUPPLEMENT",
                "REQUEST_STATEMENT", "REQUEST_REPLY", "START_PREPARATION", "PROPOSE", "RETURN_FOR_PREPARATION",
                "PROPOSE", "DECIDE", "SERVE", "CLOSE"), actions);
        assertEquals("ratkaisija", trail.get(10).getString("actor"));
        assertTrue(trail.get(2).getString("after").contains("päivämäärät puuttuvat"));
        assertFalse(trail.toString().contains("Testi Kantelija"), "no personal data in the audit trail");

        // each view of the case is in the use log
        long views = auditor.get("/audit/views?type=Complaint&id=" + id).json().getJsonNumber("views").longValue();
        inspector.get("/complaints/" + id);
        assertTrue(views >= 14, "every GET above was logged: " + views);
        assertEquals(views + 1, auditor.get("/audit/views?type=Complaint&id=" + id).json().getJsonNumber("views").longValue());
    }

    @Test
    void illegalTransitionIs409WithAClearMessage() {
        int id = register(registrar, body()).getInt("id");
        Api.Reply r = act(inspector, id, "request-statement", null);
        assertEquals(409, r.status(), r.toString());
        assertTrue(r.isProblem());
        assertEquals("complaint.illegal-transition", r.json().getString("code"));
        // in the request's language, Finnish without an Accept-Language: the text the UI shows for the code
        assertEquals(text("fi", "error.complaint.illegal-transition"),
                r.json().getString("detail"), r.toString());

        Api.Reply unknown = act(inspector, id, "teleport", null);
        assertEquals(404, unknown.status());
        assertTrue(unknown.isProblem());
    }

    @Test
    void presenterCannotDecideTheirOwnProposal() {
        Api both = Api.as("ratkaisija2"); // INSPECTOR and DECISION_MAKER
        int id = register(registrar, body()).getInt("id");
        ok(both, id, "start-assessment", null);
        ok(both, id, "start-preparation", null);
        JsonObject c = ok(both, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"Ei toimenpiteitä.\"}");
        assertFalse(c.getJsonArray("allowedActions").contains(Json("decide")));
        Api.Reply own = act(both, id, "decide", null);
        assertEquals(403, own.status(), own.toString());
        assertEquals("presenter-cannot-decide", own.json().getString("code"));
        assertEquals("DECIDED", ok(decider, id, "decide", null).getString("state"));
    }

    @Test
    void oldMatterIsNotInvestigatedUnlessASpecialReasonIsRecorded() {
        int id = register(registrar, body().conduct("2023-01-10", null)).getInt("id");
        JsonObject c = ok(inspector, id, "propose-not-investigated", "{\"notInvestigatedReason\":\"OVER_TWO_YEARS\",\"text\":\"Yli kaksi vuotta.\"}");
        assertEquals("NOT_INVESTIGATED_PROPOSED", c.getString("state"));
        c = ok(decider, id, "not-investigate", null);
        assertEquals("NOT_INVESTIGATED", c.getString("state"));
        assertEquals("NOT_INVESTIGATED", c.getJsonObject("decision").getString("outcome"));
        assertEquals("HL 53 b § 3 mom", c.getJsonObject("decision").getString("legalBasis"));
        assertNotNull(c.getJsonObject("decision").getString("appealStatement"));

        int special = register(registrar, body().conduct("2023-01-10", null)).getInt("id");
        String etag = inspector.get("/complaints/" + special).header("ETag");
        Api.Reply recorded = inspector.send("POST", "/complaints/" + special + "/special-reason",
                "{\"reason\":\"Jatkuva laiminlyönti\"}", java.util.Map.of("If-Match", etag));
        assertEquals(200, recorded.status(), recorded.toString());
        assertEquals("INFO", finding(recorded.json(), "CONDUCT_OVER_TWO_YEARS").getString("severity"));
        assertTrue(absent(recorded.json(), "proposedAction"));
        Api.Reply refused = act(inspector, special, "propose-not-investigated",
                "{\"notInvestigatedReason\":\"OVER_TWO_YEARS\",\"text\":\"Yli kaksi vuotta.\"}");
        assertEquals(422, refused.status(), refused.toString());
    }

    @Test
    void matterOutsideCompetenceIsTransferred() {
        int id = register(registrar, body().teOffice()).getInt("id");
        Api.Reply noAuthority = act(decider, id, "transfer", null);
        assertEquals(422, noAuthority.status());
        assertEquals("transferredTo", noAuthority.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        JsonObject c = ok(decider, id, "transfer", "{\"transferredTo\":\"KEHA-keskus\"}");
        assertEquals("TRANSFERRED", c.getString("state"));
        assertEquals("KEHA-keskus", c.getString("transferredTo"));
        assertEquals(409, act(registrar, id, "withdraw", null).status(), "a transferred complaint is terminal");
    }

    @Test
    void badRegistrationsAre422WithFieldErrors() {
        Api.Reply unknown = registrar.post("/complaints", body().entity(999999).json());
        assertEquals(422, unknown.status(), unknown.toString());
        assertTrue(unknown.isProblem());
        assertEquals("entityId", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply empty = registrar.post("/complaints", "{\"complainant\":{\"email\":\"not-an-address\"},\"themes\":[]}");
        assertEquals(422, empty.status(), empty.toString());
        List<String> fields = empty.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field")).toList();
        assertTrue(fields.containsAll(List.of("receivedDate", "channel", "entityId", "conductFrom", "description",
                "themes", "complainant.email")), fields.toString());

        Api.Reply unnamed = registrar.post("/complaints", body().json().replace("\"name\":\"Testi Kantelija\"", "\"name\":null"));
        assertEquals(422, unnamed.status(), unnamed.toString());
        assertEquals("complainant.name", unnamed.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply future = registrar.post("/complaints", body().received(TestClock.today().plusDays(3).toString()).json());
        assertEquals(422, future.status());
        assertEquals("receivedDate", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply reversed = registrar.post("/complaints", body().conduct("2024-11-05", "2024-10-01").json());
        assertEquals(422, reversed.status());
        assertEquals("conductTo", reversed.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply badEnum = registrar.post("/complaints", body().json().replace("\"EMAIL\"", "\"PIGEON\""));
        assertEquals(400, badEnum.status(), badEnum.toString());

        // an anonymous complaint keeps no contact details
        JsonObject anon = register(registrar, body().anonymous());
        assertTrue(anon.getJsonObject("complainant").getBoolean("anonymous"));
        assertTrue(absent(anon.getJsonObject("complainant"), "name"));
    }

    @Test
    void listFiltersAndInboxes() {
        String marker = "2026-02-03";
        JsonObject a = register(registrar, body().received(marker).themes("LANGUAGE_RIGHTS"));
        JsonObject b = register(registrar, body().received(marker).entity(Complaints.SODANKYLA).themes("OTHER"));
        ok(inspector, a.getInt("id"), "start-assessment", null);

        JsonObject byNumber = inspector.get("/complaints?caseNumber=" + a.getString("caseNumber")).json();
        assertEquals(1, byNumber.getInt("total"));
        JsonObject row = byNumber.getJsonArray("items").getJsonObject(0);
        assertEquals("PRELIMINARY_ASSESSMENT", row.getString("state"));
        assertEquals("Espoo", row.getString("entityName"));
        assertEquals("LANGUAGE_RIGHTS", row.getJsonArray("themes").getString(0));
        assertFalse(row.containsKey("complainant"), "the list holds no personal data");

        assertTrue(ids(inspector.get("/complaints?inbox=MINE&max=500").json()).contains(a.getInt("id")));
        assertTrue(ids(inspector.get("/complaints?inbox=UNASSIGNED&max=500").json()).contains(b.getInt("id")));
        assertFalse(ids(inspector.get("/complaints?inbox=UNASSIGNED&max=500").json()).contains(a.getInt("id")));
        assertTrue(ids(inspector.get("/complaints?entity=" + Complaints.SODANKYLA + "&theme=OTHER&max=500").json())
                .contains(b.getInt("id")));
        assertFalse(ids(inspector.get("/complaints?entity=" + Complaints.SODANKYLA + "&theme=LANGUAGE_RIGHTS&max=500").json())
                .contains(b.getInt("id")));
        assertTrue(ids(inspector.get("/complaints?area=19&state=REGISTERED&max=500").json()).contains(b.getInt("id")));
        assertTrue(ids(inspector.get("/complaints?assignee=tarkastaja&state=PRELIMINARY_ASSESSMENT&max=500").json())
                .contains(a.getInt("id")));

        // paging over the year: the page is the slice of the whole sorted list, which holds this test's two in order
        List<Integer> year = new ArrayList<>();
        int total = -1;
        for (int first = 0; total < 0 || first < total; first += 500) {
            JsonObject all = inspector.get("/complaints?year=2026&max=500&first=" + first + "&sort=CASE_NUMBER&desc=false").json();
            total = all.getInt("total");
            year.addAll(ids(all));
        }
        assertEquals(total, year.size());
        assertTrue(year.indexOf(a.getInt("id")) >= 0 && year.indexOf(a.getInt("id")) < year.indexOf(b.getInt("id")),
                "registered in this order, numbered in this order");
        JsonObject page = inspector.get("/complaints?year=2026&max=2&first=1&sort=CASE_NUMBER&desc=false").json();
        assertEquals(2, page.getJsonArray("items").size());
        assertEquals(total, page.getInt("total"));
        assertEquals(year.subList(1, 3), ids(page));
        Api.Reply badMax = inspector.get("/complaints?max=100000");
        assertEquals(422, badMax.status());
    }

    @Test
    void deadlineCheckMarksAndClearsOverdue() {
        LocalDate today = TestClock.today();
        // received so that the eight-month target passed ten days ago: overdue from registration on
        JsonObject c = register(registrar, body().received(today.minusMonths(8).minusDays(10).toString()));
        int id = c.getInt("id");
        assertTrue(c.getBoolean("overdue"));
        assertEquals(403, inspector.post("/complaints/deadline-check", null).status());

        Api admin = Api.as("admin");
        assertEquals(200, admin.post("/complaints/deadline-check", null).status());
        assertTrue(inspector.get("/complaints/" + id).json().getBoolean("overdue"));
        assertTrue(ids(inspector.get("/complaints?inbox=OVERDUE&max=500&sort=RECEIVED").json()).contains(id));

        // a night before the last run is refused: it would clear marks the later runs made
        Api.Reply past = admin.send("POST", "/complaints/deadline-check?today=" + today.minusDays(20), null, java.util.Map.of());
        assertEquals(422, past.status(), past.toString());
        assertEquals("complaint.deadline-check-before-last-run", past.json().getString("code"));
        assertTrue(inspector.get("/complaints/" + id).json().getBoolean("overdue"), "nothing cleared");
        assertEquals(200, admin.post("/complaints/deadline-check?today=" + today, null).status(), "today again");

        // nothing is overdue ahead of time: a day still to come is refused
        Api.Reply future = admin.send("POST", "/complaints/deadline-check?today=" + today.plusDays(1), null, java.util.Map.of());
        assertEquals(422, future.status(), future.toString());
        assertEquals("today", future.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("complaint.deadline-check-in-future", future.json().getString("code"));
    }

    @Test
    void statisticsCountAndExportCsv() {
        JsonObject before = inspector.get("/statistics/complaints?year=2026").json();
        int id = register(registrar, body().themes("SERVICE_AVAILABILITY")).getInt("id");
        ok(inspector, id, "start-assessment", null);
        ok(inspector, id, "start-preparation", null);
        ok(inspector, id, "propose", "{\"outcome\":\"OPINION\",\"text\":\"Käsitys.\"}");
        ok(decider, id, "decide", null);

        JsonObject after = inspector.get("/statistics/complaints?year=2026").json();
        assertEquals(before.getInt("total") + 1, after.getInt("total"));
        assertEquals(before.getJsonObject("byTheme").getInt("SERVICE_AVAILABILITY") + 1,
                after.getJsonObject("byTheme").getInt("SERVICE_AVAILABILITY"));
        assertTrue(after.getJsonObject("byArea").containsKey("Espoon kuntakokeilu"), after.toString());
        assertTrue(after.getJsonObject("byState").getInt("DECIDED") >= 1);
        assertEquals(before.getInt("resolved") + 1, after.getInt("resolved"));
        assertTrue(after.getJsonNumber("medianProcessingDays").doubleValue() > 0);

        Api.Reply csv = Api.as("admin").send("GET", "/statistics/complaints?year=2026", null, java.util.Map.of("Accept", "text/csv"));
        assertEquals(200, csv.status(), csv.toString());
        assertTrue(csv.contentType().startsWith("text/csv"));
        assertTrue(csv.body().startsWith("dimension,value,count"));
        assertTrue(csv.body().contains("theme,SERVICE_AVAILABILITY,"));
        assertTrue(csv.body().contains("processing,median_days,"));
        assertEquals(200, inspector.get("/statistics/complaints?format=csv").status());
    }

    private static JsonObject finding(JsonObject complaint, String code) {
        return complaint.getJsonArray("screening").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("code").equals(code)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in " + complaint.getJsonArray("screening")));
    }

    /** JSON-B leaves out null fields. */
    private static boolean absent(JsonObject o, String key) {
        return !o.containsKey(key) || o.isNull(key);
    }

    private static List<Integer> ids(JsonObject page) {
        return page.getJsonArray("items").stream().map(i -> i.asJsonObject().getInt("id")).toList();
    }

    private static JsonValue Json(String s) {
        return jakarta.json.Json.createValue(s);
    }
}
