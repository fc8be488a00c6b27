package fi.valvonta.it.planning;

import fi.valvonta.it.support.TestClock;
import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import fi.valvonta.it.measure.MeasureFixtures;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static fi.valvonta.it.planning.Planning.entries;
import static fi.valvonta.it.planning.Planning.entryOf;
import static fi.valvonta.it.planning.Planning.factor;
import static fi.valvonta.it.planning.Planning.id;
import static fi.valvonta.it.planning.Planning.newDraft;
import static fi.valvonta.it.planning.Planning.newModel;
import static fi.valvonta.it.planning.Planning.weights;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Risk models, draft plans, what-if, adoption with its frozen snapshot, reproduction and revisions. */
@ExtendWith(ArquillianExtension.class)
class PlanningApiIT {

    // 2023: the pilot municipalities are supervised all year; other planning tests use other years
    private static final int YEAR = 2023;

    private final Api inspector = Api.as("tarkastaja");
    private final Api decisionMaker = Api.as("ratkaisija");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void draftRanksEveryPilotMunicipalityWithItsBreakdown() {
        JsonObject model = newModel(inspector, Map.of());
        JsonObject plan = newDraft(inspector, YEAR, id(model), 300);
        assertEquals("DRAFT", plan.getString("state"));
        assertTrue(plan.getInt("planVersion") >= 1);
        JsonArray entries = entries(inspector, id(plan));
        assertEquals(118, entries.size(), "every municipality supervised in " + YEAR);
        for (int i = 0; i < entries.size(); i++) {
            JsonObject e = entries.getJsonObject(i);
            assertEquals(i + 1, e.getInt("rank"));
            assertNotNull(e.getString("reason"));
            assertEquals(3, e.getJsonArray("dimensions").size());
            // the total is the sum of the weighted dimension scores
            double sum = e.getJsonArray("dimensions").stream()
                    .mapToDouble(d -> d.asJsonObject().getJsonNumber("weightedScore").doubleValue()).sum();
            assertEquals(e.getJsonNumber("totalRisk").doubleValue(), sum, 1e-9);
        }
        assertTrue(entries.getJsonObject(0).getJsonNumber("totalRisk").doubleValue()
                >= entries.getJsonObject(117).getJsonNumber("totalRisk").doubleValue());
        JsonObject view = inspector.get("/plans/" + id(plan)).json();
        assertTrue(view.getJsonNumber("daysUsed").doubleValue() <= view.getJsonNumber("availableDays").doubleValue() + 1e-9);
        assertEquals(240.0, view.getJsonNumber("availableDays").doubleValue(), 1e-9);
    }

    @Test
    void theYearDecidesTheEntities2026RanksTheEmploymentAreasWithTheirIndicators() {
        // from 2025 the employment areas are supervised (laki 380/2023), the pilot municipalities no longer
        List<JsonObject> supervised = inspector.get("/employment-areas?on=2026-01-01").array().stream()
                .map(JsonValue::asJsonObject).toList();
        Set<Long> areas = supervised.stream().map(a -> a.getJsonNumber("id").longValue()).collect(Collectors.toSet());
        assertEquals(45, areas.size());
        JsonObject model = newModel(inspector, Map.of());
        JsonObject plan = newDraft(inspector, 2026, id(model), 300);
        JsonArray entries = entries(inspector, id(plan));
        Set<Long> planned = entries.stream().map(e -> e.asJsonObject().getJsonNumber("entityId").longValue())
                .collect(Collectors.toSet());
        assertEquals(areas, planned, "the entries of 2026 are the employment areas supervised that year");

        // indicators are kept per area and move its place in the draft
        long oulu = supervised.stream().filter(a -> a.getString("nameFi").equals("Oulun seutu")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        double before = entryOf(entries, oulu).getJsonNumber("totalRisk").doubleValue();
        JsonArray history = inspector.get("/indicators/" + oulu).array();
        int clients = history.isEmpty() ? 0 : history.getJsonObject(0).getInt("clientCount");
        Api.Reply recorded = inspector.post("/indicators", """
                {"entityId":%d,"validOn":"%s","clientCount":%d,"foreignLanguageShare":0.2,"under30Share":0.3,"source":"IT"}"""
                .formatted(oulu, TestClock.today(), clients == 40000 ? 20000 : 40000));
        assertEquals(200, recorded.status(), recorded.toString());
        assertNotEquals(before, entryOf(entries(inspector, id(plan)), oulu).getJsonNumber("totalRisk").doubleValue());
    }

    @Test
    void adoptedPlanStaysFrozenAndReproducesWhileADraftFollowsTheData() {
        long entity = 57;
        JsonObject model = newModel(inspector, Map.of());
        JsonObject adopted = newDraft(inspector, YEAR, id(model), 300);
        JsonObject draft = newDraft(inspector, YEAR, id(model), 300);

        Api.Reply adoption = decisionMaker.post("/plans/" + id(adopted) + "/adopt", null);
        assertEquals(200, adoption.status(), adoption.toString());
        assertEquals("ADOPTED", adoption.json().getString("state"));
        assertEquals("ratkaisija", adoption.json().getString("adoptedBy"));
        assertEquals(id(model), adoption.json().getJsonNumber("riskModelId").longValue());
        String frozen = inspector.get("/plans/" + id(adopted) + "/entries").body();
        double draftBefore = entryOf(entries(inspector, id(draft)), entity).getJsonNumber("totalRisk").doubleValue();

        // the data changes: another client count (different from whatever an earlier run left) and vulnerable clients
        JsonArray history = inspector.get("/indicators/" + entity).array();
        int clients = history.isEmpty() ? 0 : history.getJsonObject(0).getInt("clientCount");
        Api.Reply changed = inspector.post("/indicators", """
                {"entityId":%d,"validOn":"%s","clientCount":%d,"foreignLanguageShare":0.9,"under30Share":0.9,"source":"IT"}"""
                .formatted(entity, TestClock.today(), clients == 60000 ? 30000 : 60000));
        assertEquals(200, changed.status(), changed.toString());

        assertEquals(frozen, inspector.get("/plans/" + id(adopted) + "/entries").body(), "the adopted plan is frozen");
        // the list and the plan's view total its frozen entries, read without the plan's JSON (PlanHeader, FrozenEntries)
        JsonObject listed = inspector.get("/plans?year=" + YEAR).array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(p -> id(p) == id(adopted)).findFirst().orElseThrow();
        for (JsonObject view : List.of(listed, inspector.get("/plans/" + id(adopted)).json())) {
            for (String total : List.of("daysUsed", "totalRisk", "riskCovered")) {
                assertEquals(adoption.json().getJsonNumber(total).doubleValue(), view.getJsonNumber(total).doubleValue(),
                        1e-9, total);
            }
            assertEquals(adoption.json().getInt("entityCount"), view.getInt("entityCount"));
            assertEquals("ADOPTED", view.getString("state"));
            assertEquals(List.of("revise"), view.getJsonArray("allowedActions").stream()
                    .map(v -> ((jakarta.json.JsonString) v).getString()).toList(), "as the plan's state allows");
        }
        double draftAfter = entryOf(entries(inspector, id(draft)), entity).getJsonNumber("totalRisk").doubleValue();
        assertNotEquals(draftBefore, draftAfter, "a draft is recomputed from current data");

        JsonObject reproduction = inspector.get("/plans/" + id(adopted) + "/reproduction").json();
        assertTrue(reproduction.getBoolean("identical"), reproduction.toString());
        assertTrue(reproduction.getBoolean("modelFingerprintMatches"));
        List<Long> frozenRanking = Json.createReader(new java.io.StringReader(frozen)).readArray().stream()
                .map(e -> e.asJsonObject().getJsonNumber("entityId").longValue()).toList();
        List<Long> reproduced = reproduction.getJsonArray("ranking").stream()
                .map(v -> ((jakarta.json.JsonNumber) v).longValue()).toList();
        assertEquals(frozenRanking, reproduced);

        JsonObject snapshot = inspector.get("/plans/" + id(adopted) + "/snapshot").json();
        assertEquals(118, snapshot.getJsonArray("entities").size());
        assertEquals(model.getString("version"), snapshot.getJsonObject("parameters").getString("version"));
    }

    @Test
    void riskModelIsLockedOnceAnAdoptedPlanUsesItAndADraftFollowsItsRevisions() {
        JsonObject model = newModel(inspector, Map.of());
        // the list (read once per change of the data) has the new version, unlocked, at once
        assertEquals(Boolean.FALSE, listedLocked(id(model)));
        JsonObject draft = newDraft(inspector, YEAR, id(model), 300);
        double espooBefore = entryOf(entries(inspector, id(draft)), 1).getJsonNumber("totalRisk").doubleValue();

        // revise the unlocked model: language rights weigh three times; bilingual Espoo's total rises
        JsonObject revised = Json.createObjectBuilder(model.getJsonObject("parameters"))
                .add("dimensionWeights", weights(1, 1, 3)).build();
        Api.Reply revision = inspector.send("PUT", "/risk-models/" + id(model), revised.toString(), Map.of());
        assertEquals(200, revision.status(), revision.toString());
        assertNotEquals(model.getString("fingerprint"), revision.json().getString("fingerprint"));
        double espooAfter = entryOf(entries(inspector, id(draft)), 1).getJsonNumber("totalRisk").doubleValue();
        assertTrue(espooAfter > espooBefore, espooBefore + " -> " + espooAfter);

        assertEquals(200, decisionMaker.post("/plans/" + id(draft) + "/adopt", null).status());
        assertTrue(inspector.get("/risk-models/" + id(model)).json().getBoolean("locked"));
        assertEquals(Boolean.TRUE, listedLocked(id(model)), "the list shows the lock of the adoption");
        Api.Reply locked = inspector.send("PUT", "/risk-models/" + id(model), model.getJsonObject("parameters").toString(), Map.of());
        assertEquals(409, locked.status(), locked.toString());
        assertEquals("risk-model.locked", locked.json().getString("code"));

        Api.Reply again = decisionMaker.post("/plans/" + id(draft) + "/adopt", null);
        assertEquals(409, again.status());
        assertEquals("plan.not-draft", again.json().getString("code"));
        Api.Reply replan = inspector.send("PUT", "/plans/" + id(draft), "{\"inspectorDays\":10}", Map.of());
        assertEquals(409, replan.status());
    }

    private static double weightedScore(JsonObject entry, String dimension) {
        return entry.getJsonArray("dimensions").stream().map(JsonValue::asJsonObject)
                .filter(d -> d.getString("dimension").equals(dimension)).findFirst().orElseThrow()
                .getJsonNumber("weightedScore").doubleValue();
    }

    private static List<String> allowed(JsonObject view) {
        return view.getJsonArray("allowedActions").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString).toList();
    }

    @Test
    void aPlanOffersWhatItsStateAndTheCallersRolesAllowAndADraftIsNotRevised() {
        JsonObject model = newModel(inspector, Map.of());
        JsonObject draft = newDraft(inspector, YEAR, id(model), 300);
        assertEquals(List.of("replan"), allowed(draft));
        assertEquals(List.of("replan", "adopt"), allowed(decisionMaker.get("/plans/" + id(draft)).json()));
        assertEquals(List.of(), allowed(Api.as("auditor").get("/plans/" + id(draft)).json()));

        Api.Reply revised = inspector.post("/plans/" + id(draft) + "/revisions", null);
        assertEquals(409, revised.status(), revised.toString());
        assertEquals("plan.not-frozen", revised.json().getString("code"));

        Api.Reply adopted = decisionMaker.post("/plans/" + id(draft) + "/adopt", null);
        assertEquals(200, adopted.status(), adopted.toString());
        assertEquals(List.of("revise"), allowed(adopted.json()), "never adopted again, never superseded by hand");
        assertEquals(List.of("revise"), allowed(inspector.get("/plans/" + id(draft)).json()));
    }

    @Test
    void revisionIsANewDraftVersionAndItsAdoptionSupersedesTheEarlierOne() {
        JsonObject model = newModel(inspector, Map.of());
        JsonObject first = newDraft(inspector, YEAR, id(model), 300);
        assertEquals(200, decisionMaker.post("/plans/" + id(first) + "/adopt", null).status());

        Api.Reply revised = inspector.post("/plans/" + id(first) + "/revisions", null);
        assertEquals(201, revised.status(), revised.toString());
        JsonObject second = revised.json();
        assertEquals("DRAFT", second.getString("state"));
        assertEquals(id(first), second.getJsonNumber("revisesPlanId").longValue());
        assertTrue(second.getInt("planVersion") > inspector.get("/plans/" + id(first)).json().getInt("planVersion"));

        assertEquals(200, decisionMaker.post("/plans/" + id(second) + "/adopt", null).status());
        assertEquals("SUPERSEDED", inspector.get("/plans/" + id(first)).json().getString("state"));
        assertEquals("ADOPTED", inspector.get("/plans/" + id(second)).json().getString("state"));
        assertTrue(inspector.get("/plans/" + id(first) + "/reproduction").json().getBoolean("identical"));
        JsonArray trail = Api.as("auditor").get("/audit?type=InspectionPlan&id=" + id(first)).array();
        assertEquals(List.of("CREATED", "ADOPTED", "SUPERSEDED"),
                trail.stream().map(r -> r.asJsonObject().getString("action")).toList());
    }

    @Test
    void whatIfAndReplanChangeTheRankingOfADraft() {
        JsonObject model = newModel(inspector, Map.of());
        JsonObject draft = newDraft(inspector, YEAR, id(model), 300);
        JsonArray baseline = entries(inspector, id(draft));
        Api.Reply whatIf = inspector.post("/plans/" + id(draft) + "/what-if",
                "{\"dimensionWeights\":{\"LANGUAGE_RIGHTS\":10}}");
        assertEquals(200, whatIf.status(), whatIf.toString());
        List<String> bilingual = List.of("Helsinki", "Espoo", "Vantaa", "Porvoo", "Hanko", "Turku", "Kokkola", "Raasepori");
        List<JsonObject> shifts = whatIf.array().stream().map(JsonValue::asJsonObject).toList();
        assertEquals(118, shifts.size());
        assertTrue(shifts.stream().anyMatch(s -> bilingual.contains(s.getString("name"))
                        && s.getInt("variantRank") < s.getInt("baselineRank")),
                "a bilingual municipality moves up when language rights weigh more");
        assertTrue(shifts.stream().allMatch(s -> s.getJsonNumber("variantTotal").doubleValue()
                >= s.getJsonNumber("baselineTotal").doubleValue()), "a higher weight never lowers a total");

        // Raasepori, bilingual with a Swedish-speaking majority (kielilaki 423/2003 5 §): its language-rights
        // score weighs ten times instead of once, so its total rises by nine times that score, and it climbs
        long raasepori = MeasureFixtures.municipality("Raasepori");
        JsonObject before = entryOf(baseline, raasepori);
        assertTrue(factor(before, "LANGUAGE_RIGHTS", "impact.vulnerability.swedishMajority").getJsonNumber("value")
                .doubleValue() > 0, before.toString());
        double languageRights = weightedScore(before, "LANGUAGE_RIGHTS");
        assertTrue(languageRights > 0, before.toString());
        JsonObject shift = shifts.stream().filter(s -> s.getJsonNumber("entityId").longValue() == raasepori)
                .findFirst().orElseThrow();
        double total = before.getJsonNumber("totalRisk").doubleValue();
        assertEquals(total, shift.getJsonNumber("baselineTotal").doubleValue(), 1e-9);
        assertEquals(total + 9 * languageRights, shift.getJsonNumber("variantTotal").doubleValue(), 1e-6 * (1 + total));
        assertEquals(before.getInt("rank"), shift.getInt("baselineRank"));
        // its place in the variant: one below every entity whose variant total is higher
        double variantTotal = shift.getJsonNumber("variantTotal").doubleValue();
        long higher = baseline.stream().map(JsonValue::asJsonObject)
                .filter(e -> e.getJsonNumber("entityId").longValue() != raasepori)
                .filter(e -> e.getJsonNumber("totalRisk").doubleValue() + 9 * weightedScore(e, "LANGUAGE_RIGHTS") > variantTotal)
                .count();
        assertEquals(higher + 1, shift.getInt("variantRank"), shift.toString());
        assertTrue(shift.getInt("variantRank") < shift.getInt("baselineRank"), "Raasepori moves up: " + shift);

        double daysBefore = inspector.get("/plans/" + id(draft)).json().getJsonNumber("daysUsed").doubleValue();
        Api.Reply bigger = inspector.send("PUT", "/plans/" + id(draft), "{\"inspectorDays\":900}", Map.of());
        assertEquals(200, bigger.status(), bigger.toString());
        assertEquals(720.0, bigger.json().getJsonNumber("availableDays").doubleValue(), 1e-9);
        assertTrue(bigger.json().getJsonNumber("daysUsed").doubleValue() > daysBefore, bigger.toString());
    }

    @Test
    void refusedInputNamesItsField() {
        Api.Reply year = inspector.post("/plans", "{\"year\":1999,\"inspectorDays\":100}");
        assertEquals(422, year.status());
        assertEquals("year", year.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        Api.Reply reserve = inspector.post("/plans", "{\"year\":2023,\"inspectorDays\":100,\"reserveShare\":0.95}");
        assertEquals(422, reserve.status(), reserve.toString());
        assertEquals("reserveShare", reserve.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        JsonObject defaults = inspector.get("/risk-models/defaults").json();
        Api.Reply inverted = inspector.post("/risk-models", Json.createObjectBuilder(defaults)
                .add("version", "IT-inverted").add("substantiatedComplaintWeight", 0.1).build().toString());
        assertEquals(422, inverted.status(), inverted.toString());
        assertEquals("substantiatedComplaintWeight", inverted.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        assertEquals(404, inspector.get("/plans/999999").status());
    }

    /** Whether {@code GET /risk-models} lists the version locked; null when it does not list it. */
    private Boolean listedLocked(long modelId) {
        return inspector.get("/risk-models").array().stream().map(JsonValue::asJsonObject)
                .filter(m -> m.getJsonNumber("id").longValue() == modelId)
                .map(m -> m.getBoolean("locked")).findFirst().orElse(null);
    }
}
