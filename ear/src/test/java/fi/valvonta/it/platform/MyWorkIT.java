package fi.valvonta.it.platform;

import fi.valvonta.ejb.measure.FollowUpTimer;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Users;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The home page's work counts ({@code GET /me/work}) for each role: every count is the number of rows of
 * the list it links to, and for users of the test's own the counts are exactly the work made for them.
 * Runs inside the server, which lets the days pass in the database where no call may date a thing back
 * (a statement's deadline is always in the future when it is asked) and runs the morning's follow-up job.
 */
@ExtendWith(ArquillianExtension.class)
class MyWorkIT {

    private static final List<String> INSPECTOR_ITEMS = List.of("COMPLAINTS_OVERDUE", "COMPLAINTS_DUE_SOON",
            "STATEMENTS_OVERDUE", "HEARINGS_OVERDUE", "MEASURES_TO_SERVE", "MEASURES_AWAITING_FINALITY", "FOLLOW_UPS_DUE",
            "INSPECTIONS_THIS_MONTH");
    private static final List<String> DECIDER_ITEMS = List.of("COMPLAINTS_OVERDUE", "COMPLAINTS_DUE_SOON",
            "COMPLAINTS_TO_DECIDE", "MEASURES_TO_DECIDE");

    @Deployment
    static Archive<?> deployment() {
        return Deployments.applicationWithTests(MyWorkIT.class, Api.class, Api.Reply.class, Complaints.class,
                Complaints.Body.class, TestClock.class, Users.class);
    }

    @EJB(lookup = "java:global/valvonta/valvonta-ejb/FollowUpTimer")
    FollowUpTimer followUpTimer;

    @Resource(lookup = "java:jboss/datasources/ValvontaDS")
    DataSource db;

    private final Api registrar = Api.as("kirjaamo");
    private final Api decider = Api.as("ratkaisija");

    @Test
    void anInspectorsCountsAreExactlyTheirWorkAndEachIsItsList() throws Exception {
        String name = Users.uniqueName("tyo");
        Users.create(name, "INSPECTOR");
        Api me = Api.as(name, Users.PASSWORD);
        LocalDate today = TestClock.today();
        String recent = today.minusMonths(6).toString();

        // complaints: one overdue (its eight months passed), one due in two days
        long overdue = assignedTo(name, Complaints.body().received(today.minusMonths(8).minusDays(10).toString()));
        long dueSoon = assignedTo(name, Complaints.body().received(today.minusMonths(8).plusDays(2).toString()));
        // a statement asked whose deadline passed unanswered, a reply whose deadline passed; not one that came
        long statement = withStatementAsked(me, recent);
        long reply = withStatementAsked(me, recent);
        Complaints.ok(me, reply, "request-reply", "{\"workingDays\":10}");
        long answered = withStatementAsked(me, recent);
        Complaints.ok(me, answered, "statement-received", "{}");
        update("UPDATE complaint_hearing SET deadline = ? WHERE complaint_id IN (?, ?)", 2,
                Date.valueOf(today.minusDays(1)), statement, answered);
        update("UPDATE complaint SET response_deadline = ? WHERE id = ?", 1, Date.valueOf(today.minusDays(1)), reply);
        // another inspector's statement is theirs
        long others = withStatementAsked(Api.as("tarkastaja2"), recent);
        update("UPDATE complaint_hearing SET deadline = ? WHERE complaint_id = ?", 1, Date.valueOf(today.minusDays(1)), others);

        // measures: a draft whose hearing ended unanswered; a decision to serve; an order served and appealed,
        // its time to comply over (so also its follow-up is due)
        long raasepori = Complaints.RAASEPORI;
        long hearing = draft(me, raasepori, "ORDER", "\"deadline\":\"2024-10-31\"");
        ok(me.post("/measures/" + hearing + "/hearing", "{\"requestedOn\":\"2024-08-01\",\"deadline\":\"2024-08-15\"}"));
        long toServe = draft(me, Complaints.ESPOO, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        ok(me.post("/measures/" + toServe + "/propose", null));
        ok(decider.post("/measures/" + toServe + "/decide", "{}"));
        long order = draft(me, raasepori, "ORDER", "\"deadline\":\"2024-10-31\"");
        ok(me.post("/measures/" + order + "/hearing", "{\"requestedOn\":\"2024-08-01\",\"deadline\":\"2024-08-15\"}"));
        ok(me.post("/measures/" + order + "/hearing-response", "{\"respondedOn\":\"2024-08-14\"}"));
        ok(me.post("/measures/" + order + "/propose", null));
        ok(decider.post("/measures/" + order + "/decide", "{\"decidedOn\":\"2024-09-02\"}"));
        ok(me.post("/measures/" + order + "/serve", "{\"method\":\"ACKNOWLEDGEMENT\",\"date\":\"2024-09-04\"}"));
        ok(me.post("/measures/" + order + "/appeal", "{\"lodgedOn\":\"2024-09-20\"}"));
        followUpTimer.daily();

        // inspections: mine this month; mine next month and another's this month are not
        inspection(me, today, name);
        inspection(me, YearMonth.from(today).plusMonths(1).atDay(1), name + "\",\"tarkastaja");
        inspection(me, today, "tarkastaja");

        Map<String, Long> counts = countsAreTheirLists(me);
        assertEquals(INSPECTOR_ITEMS, List.copyOf(counts.keySet()));
        assertEquals(Map.of("COMPLAINTS_OVERDUE", 1L, "COMPLAINTS_DUE_SOON", 1L, "STATEMENTS_OVERDUE", 2L,
                "HEARINGS_OVERDUE", 1L, "MEASURES_TO_SERVE", 1L, "MEASURES_AWAITING_FINALITY", 1L, "FOLLOW_UPS_DUE", 1L,
                "INSPECTIONS_THIS_MONTH", 1L), counts);
        assertEquals(List.of(overdue), complaintIds(me, "inbox=MINE&overdue=true"));
        assertEquals(List.of(dueSoon), complaintIds(me, "inbox=MINE&dueSoon=true"));
        assertEquals(Set.of(statement, reply), Set.copyOf(complaintIds(me, "inbox=MINE&statementOverdue=true")));
        assertTrue(complaintIds(me, "inbox=STATEMENT_OVERDUE&max=500").containsAll(List.of(statement, reply, others)),
                "the inbox is everyone's");
        assertEquals(List.of(hearing), measureIds(me, "inbox=HEARING_OVERDUE&mine=true"));
        assertEquals(List.of(toServe), measureIds(me, "inbox=AWAITING_SERVICE&mine=true"));
        assertEquals(List.of(order), measureIds(me, "inbox=AWAITING_FINALITY&mine=true"));
        assertEquals(List.of(order), measureIds(me, "inbox=FOLLOW_UP_DUE&mine=true"));
    }

    @Test
    void aDecisionMakerIsAwaitedByTheProposalsOfOthersNotWhereTheyAreDisqualified() {
        String name = Users.uniqueName("ratk");
        Users.create(name, "DECISION_MAKER");
        Api me = Api.as(name, Users.PASSWORD);
        Api inspector = Api.as("tarkastaja");
        String recent = TestClock.today().minusMonths(6).toString();
        long proposal = proposed(inspector, recent);
        long barred = proposed(inspector, recent);
        assertEquals(200, Complaints.act(me, barred, "disqualification", "{\"ground\":\"INTEREST\"}").status());
        long measure = draft(inspector, Complaints.ESPOO, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        ok(inspector.post("/measures/" + measure + "/propose", null));
        long barredMeasure = draft(inspector, Complaints.ESPOO, "GUIDANCE", "\"guidanceKind\":\"DRAWING_ATTENTION\"");
        ok(inspector.post("/measures/" + barredMeasure + "/propose", null));
        ok(me.post("/measures/" + barredMeasure + "/disqualification", "{\"ground\":\"INTEREST\"}"));

        Map<String, Long> counts = countsAreTheirLists(me);
        assertEquals(DECIDER_ITEMS, List.copyOf(counts.keySet()));
        List<Long> toDecide = complaintIds(me, "inbox=AWAITING_MY_DECISION&max=500");
        assertTrue(toDecide.contains(proposal) && !toDecide.contains(barred), toDecide.toString());
        List<Long> mine = complaintIds(me, "inbox=MINE&max=500");
        assertTrue(mine.contains(proposal) && !mine.contains(barred), "my inbox agrees: " + mine);
        List<Long> measures = measureIds(me, "inbox=AWAITING_MY_DECISION");
        assertTrue(measures.contains(measure) && !measures.contains(barredMeasure), measures.toString());
        // a decision maker who also presents is not awaited by their own proposal (the presenter does not decide)
        Api both = Api.as("ratkaisija2");
        long own = proposed(both, recent);
        List<Long> theirs = complaintIds(both, "inbox=AWAITING_MY_DECISION&max=500");
        assertTrue(theirs.contains(proposal) && !theirs.contains(own), theirs.toString());
        assertTrue(complaintIds(me, "inbox=AWAITING_MY_DECISION&max=500").contains(own));
        assertEquals(List.of(), complaintIds(inspector, "inbox=AWAITING_MY_DECISION"), "an inspector decides nothing");
    }

    @Test
    void theRegistryIsAwaitedByEveryUnassignedComplaint() {
        long before = countsAreTheirLists(registrar).get("UNASSIGNED_COMPLAINTS");
        Complaints.register(registrar, Complaints.body().received(TestClock.today().minusMonths(6).toString()));
        Map<String, Long> after = countsAreTheirLists(registrar);
        assertEquals(Map.of("UNASSIGNED_COMPLAINTS", before + 1), after);
    }

    @Test
    void everyRoleSeesItsItemsAndEachCountIsTheLengthOfItsList() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("kirjaamo", List.of("UNASSIGNED_COMPLAINTS"));
        expected.put("tarkastaja", INSPECTOR_ITEMS);
        expected.put("ratkaisija", DECIDER_ITEMS);
        expected.put("ratkaisija2", List.of("COMPLAINTS_OVERDUE", "COMPLAINTS_DUE_SOON", "STATEMENTS_OVERDUE",
                "COMPLAINTS_TO_DECIDE", "HEARINGS_OVERDUE", "MEASURES_TO_DECIDE", "MEASURES_TO_SERVE",
                "MEASURES_AWAITING_FINALITY", "FOLLOW_UPS_DUE", "INSPECTIONS_THIS_MONTH"));
        expected.put("admin", List.of());
        expected.put("auditor", List.of());
        expected.forEach((user, items) -> assertEquals(items, List.copyOf(countsAreTheirLists(Api.as(user)).keySet()), user));
        assertEquals(401, Api.anonymous().get("/me/work").status());
    }

    // ------------------------------------------------------------------------------------------------

    /**
     * The caller's work items, each checked against its list: the API list ({@code href}) has exactly
     * {@code count} rows, and the page ({@code page}) is that list's page with the same filter.
     */
    private static Map<String, Long> countsAreTheirLists(Api api) {
        Api.Reply work = api.get("/me/work");
        assertEquals(200, work.status(), work.toString());
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonValue v : work.json().getJsonArray("items")) {
            JsonObject item = v.asJsonObject();
            String code = item.getString("code");
            long count = item.getJsonNumber("count").longValue();
            String href = item.getString("href");
            String path = href.substring(href.indexOf("/api/v1") + "/api/v1".length());
            String query = path.substring(path.indexOf('?') + 1);
            assertTrue(item.getString("page").endsWith("?" + query), item.toString());
            Api.Reply list = api.get(path);
            assertEquals(200, list.status(), code + ": " + list);
            long rows = switch (item.getString("list")) {
                case "COMPLAINTS" -> {
                    JsonObject page = list.json();
                    assertEquals(Math.min(count, 50), page.getJsonArray("items").size(), code + " " + query);
                    yield page.getJsonNumber("total").longValue();
                }
                case "MEASURES", "INSPECTIONS" -> list.array().size();
                default -> throw new AssertionError(item.toString());
            };
            assertEquals(count, rows, code + " counts " + count + " but " + path + " lists " + rows);
            counts.put(code, count);
        }
        return counts;
    }

    private long assignedTo(String inspector, Complaints.Body body) {
        long id = Complaints.register(registrar, body).getInt("id");
        Complaints.ok(registrar, id, "assign", "{\"assignee\":\"" + inspector + "\"}");
        return id;
    }

    /** A complaint the inspector took up (and so is assigned) and asked the entity's statement on. */
    private long withStatementAsked(Api inspector, String received) {
        long id = Complaints.register(registrar, Complaints.body().received(received)).getInt("id");
        Complaints.ok(inspector, id, "start-assessment", null);
        Complaints.ok(inspector, id, "request-statement", null);
        return id;
    }

    private long proposed(Api inspector, String received) {
        long id = Complaints.register(registrar, Complaints.body().received(received)).getInt("id");
        Complaints.ok(inspector, id, "start-assessment", null);
        Complaints.ok(inspector, id, "start-preparation", null);
        Complaints.ok(inspector, id, "propose", "{\"outcome\":\"NO_ACTION\",\"text\":\"Ei toimenpiteitä.\"}");
        return id;
    }

    private static long draft(Api inspector, long entity, String type, String extra) {
        Api.Reply r = inspector.post("/measures", """
                {"entityId":%d,"subject":"IT oma työ %s","origin":"OWN_INITIATIVE","type":"%s",\
                "facts":"Asiakkaiden palvelutarpeen arviointi on viivästynyt.","legalBasis":"Hallintolaki 23 §",\
                "reasoning":"Viivästys vaarantaa asiakkaiden oikeudet.","decision":"Arvioinnit on saatettava ajan tasalle.",%s}"""
                .formatted(entity, UUID.randomUUID(), type, extra));
        assertEquals(201, r.status(), r.toString());
        return r.json().getInt("id");
    }

    private static void inspection(Api inspector, LocalDate on, String inspectors) {
        Api.Reply r = inspector.post("/inspections", """
                {"entityId":%d,"type":"ON_SITE","scheduledOn":"%s","inspectors":["%s"]}"""
                .formatted(Complaints.ESPOO, on, inspectors));
        assertEquals(201, r.status(), r.toString());
    }

    private static List<Long> complaintIds(Api api, String query) {
        Api.Reply r = api.get("/complaints?" + query);
        assertEquals(200, r.status(), r.toString());
        return r.json().getJsonArray("items").stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static List<Long> measureIds(Api api, String query) {
        Api.Reply r = api.get("/measures?" + query);
        assertEquals(200, r.status(), r.toString());
        return r.array().stream().map(i -> i.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    private static JsonObject ok(Api.Reply r) {
        assertEquals(200, r.status(), r.toString());
        return r.json();
    }

    private void update(String sql, int rows, Object... params) throws Exception {
        try (Connection c = db.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            assertEquals(rows, ps.executeUpdate(), sql);
        }
    }
}
