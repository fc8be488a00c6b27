package fi.valvonta.it.support;

import jakarta.json.JsonObject;

import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Complaint requests for the integration tests: a valid registration body and actions with If-Match. */
public final class Complaints {

    /** Espoo: bilingual (Finnish majority), supervised under 1269/2020 until 31.12.2024. */
    public static final long ESPOO = 1;
    /** Raasepori: bilingual, Swedish majority. */
    public static final long RAASEPORI = 95;
    /** Sodankylä: its northern part is in the Sámi homeland. */
    public static final long SODANKYLA = 100;

    private Complaints() {
    }

    /** A registration with no screening findings: conduct within two years and within Espoo's supervision. */
    public static Body body() {
        return new Body();
    }

    public static final class Body {
        public String received = "2026-01-15";
        public String channel = "EMAIL";
        public boolean anonymous = false;
        public String name = "Testi Kantelija";
        public String email = "kantelija-" + UUID.randomUUID() + "@example.fi";
        public String language = "FI";
        public long entity = ESPOO;
        public String official = null;
        public String conductFrom = "2024-11-05";
        public String conductTo = null;
        public String description = "Asiakkaan tietoja käsiteltiin ilman perustetta.";
        public String themes = "\"DATA_PROTECTION\"";
        public boolean teOffice = false;
        public String specialReason = null;
        public boolean mask = false;
        public String samiLanguage = null;
        public String oralConsentBy = null;

        public Body received(String d) { received = d; return this; }
        public Body conduct(String from, String to) { conductFrom = from; conductTo = to; return this; }
        public Body entity(long id) { entity = id; return this; }
        public Body language(String l) { language = l; return this; }
        public Body email(String e) { email = e; return this; }
        public Body description(String d) { description = d; return this; }
        public Body themes(String... t) { themes = String.join(",", java.util.Arrays.stream(t).map(x -> "\"" + x + "\"").toList()); return this; }
        public Body official(String o) { official = o; return this; }
        public Body teOffice() { teOffice = true; return this; }
        public Body anonymous() { anonymous = true; name = null; email = null; return this; }
        public Body mask() { mask = true; return this; }
        public Body sami(String samiLanguage) { this.samiLanguage = samiLanguage; return this; }
        public Body oral(String consentBy) { channel = "ORAL"; oralConsentBy = consentBy; return this; }

        public String json() {
            return """
                    {"receivedDate":"%s","channel":"%s",
                     "complainant":{"anonymous":%s,"name":%s,"email":%s,"language":"%s","samiLanguage":%s},
                     "entityId":%d,"officialName":%s,"conductFrom":"%s","conductTo":%s,
                     "description":%s,"themes":[%s],"teOfficeMatter":%s,"specialReasonForOldMatter":%s,
                     "maskIdentityNumbers":%s,"oralConsentBy":%s}""".formatted(received, channel, anonymous, q(name), q(email),
                    language, q(samiLanguage), entity, q(official), conductFrom, q(conductTo), q(description), themes, teOffice,
                    q(specialReason), mask, q(oralConsentBy));
        }
    }

    static String q(String s) {
        return s == null ? "null" : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    /** Registers as {@code api}'s user; asserts 201. */
    public static JsonObject register(Api api, Body body) {
        Api.Reply r = api.post("/complaints", body.json());
        assertEquals(201, r.status(), r.toString());
        return r.json();
    }

    /** Takes an action with the complaint's current ETag; returns the reply. */
    public static Api.Reply act(Api api, long id, String action, String json) {
        String etag = api.get("/complaints/" + id).header("ETag");
        return act(api, id, action, json, etag);
    }

    public static Api.Reply act(Api api, long id, String action, String json, String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch);
        return api.send("POST", "/complaints/" + id + "/" + action, json == null ? "{}" : json, headers);
    }

    /** Takes an action and asserts it succeeded; returns the complaint after it. */
    public static JsonObject ok(Api api, long id, String action, String json) {
        Api.Reply r = act(api, id, action, json);
        assertEquals(200, r.status(), action + ": " + r);
        return r.json();
    }
}
