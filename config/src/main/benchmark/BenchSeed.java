import fi.valvonta.model.audit.AuditRecord;
import fi.valvonta.model.audit.AuditedType;
import fi.valvonta.model.audit.ChainHead;
import fi.valvonta.model.audit.ChainLink;
import fi.valvonta.model.audit.HashChain;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The load benchmark's data (a benchmark tool, not a test; run by load.sh): N complaints labelled BENCH (case prefix
 * BENCH, ids from 900 000 001) received over the ten years 2016-2025, their themes, their audit trails, a measure
 * case with a decided order for every 33rd complaint and 2 000 completed inspections with findings, all inserted in
 * bulk by SQL and COPY into a database the application has migrated.
 *
 * <p>The audit trail is a hash chain whose rows the database refuses to change or delete: the rows are appended to
 * it here as the application appends them (the head row locked, each row's position, previous hash and row hash
 * computed by the model's own {@link HashChain} over {@link AuditRecord#chainContent()}, the head moved on), so the
 * verifier (GET /audit/verification) finds the chain intact. For the same reason the data cannot be deleted again:
 * it lives in a database of its own, which {@code load.sh remove} drops.
 *
 * <pre>java -cp MODEL_CLASSES:ECLIPSELINK:JAKARTAEE_API:POSTGRESQL_DRIVER BenchSeed.java JDBC_URL USER PASSWORD N</pre>
 */
public class BenchSeed {

    static final long FIRST_ID = 900_000_000L;
    static final long AUDIT_FIRST_ID = 9_000_000_000L;
    static final int YEARS = 10;
    static final int FIRST_YEAR = 2016;

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[3]);
        try (Connection c = DriverManager.getConnection(url, args[1], args[2])) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "SELECT COUNT(*) FROM complaint WHERE case_prefix = 'BENCH'")) {
                r.next();
                if (r.getLong(1) > 0) {
                    System.out.println("BenchSeed: " + r.getLong(1) + " BENCH complaints already there, nothing seeded");
                    return;
                }
            }
            long t0 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                // the head of the audit chain first: no other append can come between this seed's rows
                s.executeQuery("SELECT last_seq FROM audit_chain_head WHERE chain_name = 'audit_record' FOR UPDATE").close();
                s.execute(complaints(n));
                s.execute(themes(n));
                s.execute("INSERT INTO case_number_counter (case_prefix, case_year, last_serial) "
                        + "SELECT 'BENCH', case_year, MAX(case_serial) FROM complaint WHERE case_prefix = 'BENCH' GROUP BY case_year");
                s.execute(measureCases());
                s.execute(measures());
                s.execute(inspections());
                s.execute(findings());
            }
            long rows = appendAuditTrail(c, n);
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                for (String table : List.of("complaint", "complaint_theme", "audit_record", "measure_case", "measure",
                        "inspection", "inspection_finding")) {
                    s.execute("ANALYZE " + table);
                }
            }
            System.out.printf("BenchSeed: %d complaints (%d-%d), %d audit records, %d measures, 2000 inspections in %.1f s%n",
                    n, FIRST_YEAR, FIRST_YEAR + YEARS - 1, rows, n / 33, (System.nanoTime() - t0) / 1e9);
        }
    }

    /** Complaint g: year by g, state by g (every 5th still REGISTERED, for the workflow action's runs). */
    static String complaints(int n) {
        int perYear = (n + YEARS - 1) / YEARS;
        return """
                INSERT INTO complaint (id, version, case_prefix, case_serial, case_year, received_date, registered_at,
                    registered_by, channel, anonymous, complainant_name, complainant_email, complainant_language,
                    complainant_key, power_of_attorney, entity_id, pilot_area_id, conduct_from, description,
                    te_office_matter, proceedings_language, sami_applies, state, state_changed_at, assignee,
                    processing_target, next_deadline, overdue, outcome, presenter, decided_by, decided_at, resolved_on)
                SELECT %1$d + g, 0, 'BENCH', ((g - 1) %% %2$d) + 1, y.year, r.received, r.received::timestamptz,
                    'kirjaamo', (ARRAY['EMAIL','MAIL','E_SERVICE','EMAIL'])[1 + g %% 4], FALSE, 'BENCH kantelija ' || g,
                    'bench' || (g %% 20000) || '@example.fi', 'FI', 'bench' || (g %% 20000) || '@example.fi', FALSE,
                    e.id, e.pilot_area_id, r.received - 30, 'BENCH: synthetic complaint of the load benchmark ' || g,
                    FALSE, 'FI', FALSE, s.state, r.received::timestamptz,
                    CASE WHEN g %% 3 = 0 THEN NULL ELSE (ARRAY['tarkastaja','tarkastaja2'])[1 + g %% 2] END,
                    (r.received + INTERVAL '8 months')::date,
                    CASE WHEN s.closed THEN NULL ELSE (r.received + INTERVAL '8 months')::date END,
                    NOT s.closed AND (r.received + INTERVAL '8 months')::date < CURRENT_DATE,
                    CASE WHEN s.closed THEN (ARRAY['OPINION','NO_ACTION','DRAWING_ATTENTION'])[1 + g %% 3] END,
                    CASE WHEN s.closed OR s.state = 'PROPOSED' THEN 'tarkastaja' END,
                    CASE WHEN s.closed THEN 'ratkaisija' END,
                    CASE WHEN s.closed THEN (r.received + 120)::timestamptz END,
                    CASE WHEN s.closed THEN r.received + 120 END
                FROM generate_series(1, %3$d) g
                CROSS JOIN LATERAL (SELECT %4$d + (g - 1) / %2$d AS year) y
                CROSS JOIN LATERAL (SELECT make_date(y.year, 1, 1) + (((g - 1) %% %2$d) * 364 / %2$d) AS received) r
                JOIN (SELECT id, pilot_area_id, row_number() OVER (ORDER BY id) - 1 AS rn
                      FROM supervised_entity WHERE kind = 'MUNICIPALITY') e ON e.rn = g %% 118
                CROSS JOIN LATERAL (SELECT st AS state, st IN ('DECIDED', 'SERVED', 'CLOSED') AS closed
                    FROM (SELECT (ARRAY['REGISTERED','PRELIMINARY_ASSESSMENT','STATEMENT_REQUESTED','IN_PREPARATION',
                                        'PROPOSED','REGISTERED','DECIDED','SERVED','CLOSED','CLOSED'])[1 + g %% 10] AS st) x) s
                """.formatted(FIRST_ID, perYear, n, FIRST_YEAR);
    }

    static String themes(int n) {
        return """
                INSERT INTO complaint_theme (complaint_id, theme)
                SELECT %1$d + g, (ARRAY['DATA_PROTECTION','EQUAL_TREATMENT','LANGUAGE_RIGHTS','SERVICE_AVAILABILITY',
                                        'BENEFITS','OTHER'])[1 + g %% 6]
                FROM generate_series(1, %2$d) g
                UNION ALL
                SELECT %1$d + g, 'LANGUAGE_RIGHTS' FROM generate_series(1, %2$d) g WHERE g %% 7 = 0 AND g %% 6 <> 2
                """.formatted(FIRST_ID, n);
    }

    /** Every 33rd complaint led to a measure case of its own. */
    static String measureCases() {
        return """
                INSERT INTO measure_case (id, version, case_number, entity_id, subject, origin, complaint_id, dimension,
                    opened_on, opened_at, opened_by)
                SELECT c.id, 0, 'BENCH-M/' || (c.id - %1$d) || '/' || c.case_year, c.entity_id,
                    'BENCH: measure of the load benchmark', 'COMPLAINT', c.id,
                    (ARRAY['DATA_PROTECTION','EQUAL_TREATMENT','LANGUAGE_RIGHTS'])[1 + (c.id %% 3)::int],
                    c.received_date + 150, (c.received_date + 150)::timestamptz, 'tarkastaja'
                FROM complaint c WHERE c.case_prefix = 'BENCH' AND (c.id - %1$d) %% 33 = 0
                """.formatted(FIRST_ID);
    }

    /** A decided order in each, complied with in two cases of three. */
    static String measures() {
        return """
                INSERT INTO measure (id, version, case_id, type, state, facts, legal_basis, reasoning, decision_text,
                    deadline, drafted_by, drafted_at, presenter, proposed_at, decider, decided_on, decided_at,
                    compliance_recorded_on)
                SELECT m.id, 0, m.id, 'ORDER', CASE WHEN m.id % 3 = 0 THEN 'SERVED' ELSE 'COMPLIED' END,
                    'BENCH facts', 'BENCH legal basis', 'BENCH reasoning', 'BENCH order', m.opened_on + 90, 'tarkastaja',
                    m.opened_at, 'tarkastaja', m.opened_at + INTERVAL '10 days', 'ratkaisija', m.opened_on + 20,
                    m.opened_at + INTERVAL '20 days', CASE WHEN m.id % 3 = 0 THEN NULL ELSE m.opened_on + 80 END
                FROM measure_case m WHERE m.case_number LIKE 'BENCH-M/%'
                """;
    }

    static String inspections() {
        return """
                INSERT INTO inspection (id, version, entity_id, origin, complaint_reference, inspection_type, scheduled_on,
                    inspectors, state, completed_on, report, created_at, created_by)
                SELECT %1$d + g, 0, e.id, 'AD_HOC', 'BENCH', (ARRAY['ON_SITE','DESK_REVIEW'])[1 + g %% 2],
                    make_date(%2$d + (g - 1) / 200, 1, 1) + ((g - 1) %% 200), 'tarkastaja', 'COMPLETED',
                    make_date(%2$d + (g - 1) / 200, 1, 1) + ((g - 1) %% 200) + 30, 'BENCH report',
                    (make_date(%2$d + (g - 1) / 200, 1, 1) + ((g - 1) %% 200))::timestamptz, 'tarkastaja'
                FROM generate_series(1, 2000) g
                JOIN (SELECT id, row_number() OVER (ORDER BY id) - 1 AS rn FROM supervised_entity
                      WHERE kind = 'MUNICIPALITY') e ON e.rn = g %% 118
                """.formatted(FIRST_ID, FIRST_YEAR);
    }

    static String findings() {
        return """
                INSERT INTO inspection_finding (id, inspection_id, entity_id, item_code, dimension, legal_basis, outcome,
                    severity, description, found_on, recorded_at, recorded_by)
                SELECT i.id * 2 + k, i.id, i.entity_id, 'BENCH-' || k,
                    (ARRAY['DATA_PROTECTION','EQUAL_TREATMENT','LANGUAGE_RIGHTS'])[1 + ((i.id + k) % 3)::int],
                    'BENCH legal basis', CASE WHEN k = 0 THEN 'COMPLIANT' ELSE 'DEFICIENCY' END,
                    CASE WHEN k = 0 THEN NULL ELSE (ARRAY['MINOR','SIGNIFICANT'])[1 + (i.id % 2)::int] END,
                    'BENCH finding', i.completed_on, i.completed_on::timestamptz, 'tarkastaja'
                FROM inspection i CROSS JOIN generate_series(0, 1) k WHERE i.complaint_reference = 'BENCH'
                """;
    }

    /**
     * The audit trail of each complaint (registration; assignment; its state reached) and the creation of each
     * measure case and inspection, appended to the hash chain after the rows already there.
     */
    static long appendAuditTrail(Connection c, int n) throws Exception {
        ChainHead head;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT last_seq, last_hash FROM audit_chain_head WHERE chain_name = 'audit_record' FOR UPDATE")) {
            r.next();
            head = new ChainHead(r.getLong(1), r.getString(2));
        }
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        String type = AuditedType.COMPLAINT.storedName();
        StringBuilder csv = new StringBuilder();
        long id = AUDIT_FIRST_ID + head.lastSeq();
        long rows = 0;
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "SELECT id, received_date, state, assignee, case_serial, case_year FROM complaint "
                        + "WHERE case_prefix = 'BENCH' ORDER BY id")) {
            while (r.next()) {
                long cid = r.getLong(1);
                Instant at = r.getDate(2).toLocalDate().atTime(9, 0).toInstant(ZoneOffset.UTC);
                String number = "BENCH/" + r.getInt(5) + "/" + r.getInt(6);
                head = append(csv, id++, head, new AuditRecord(at, "kirjaamo", type, cid, "REGISTERED", null,
                        number + " REGISTERED (BENCH)"));
                String assignee = r.getString(4);
                if (assignee != null) {
                    head = append(csv, id++, head, new AuditRecord(at.plusSeconds(3600), "kirjaamo", type, cid, "ASSIGNED",
                            number + " REGISTERED", number + " REGISTERED assignee " + assignee));
                }
                String state = r.getString(3);
                if (!"REGISTERED".equals(state)) {
                    head = append(csv, id++, head, new AuditRecord(at.plusSeconds(86_400L * 30), "tarkastaja", type, cid,
                            state, number + " REGISTERED", number + " " + state + " (BENCH)"));
                }
                if (csv.length() > 4_000_000) {
                    rows += flush(copy, csv);
                }
            }
        }
        for (String[] q : List.of(
                new String[]{AuditedType.MEASURE_CASE.storedName(), "SELECT id, opened_at FROM measure_case WHERE case_number LIKE 'BENCH-M/%' ORDER BY id"},
                new String[]{AuditedType.INSPECTION.storedName(), "SELECT id, created_at FROM inspection WHERE complaint_reference = 'BENCH' ORDER BY id"})) {
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(q[1])) {
                while (r.next()) {
                    head = append(csv, id++, head, new AuditRecord(r.getTimestamp(2).toInstant(), "tarkastaja", q[0],
                            r.getLong(1), "CREATED", null, "BENCH " + q[0] + " " + r.getLong(1)));
                }
            }
        }
        rows += flush(copy, csv);
        try (var ps = c.prepareStatement("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE chain_name = 'audit_record'")) {
            ps.setLong(1, head.lastSeq());
            ps.setString(2, head.lastHash());
            ps.executeUpdate();
        }
        return rows;
    }

    private static ChainHead append(StringBuilder csv, long id, ChainHead head, AuditRecord a) {
        ChainLink link = HashChain.next(head, a.chainContent());
        csv.append(id).append(',').append(a.occurredAt()).append(',').append(quote(a.actor())).append(',')
                .append(quote(a.entityType())).append(',').append(a.entityId()).append(',').append(quote(a.action()))
                .append(',').append(quote(a.before())).append(',').append(quote(a.after())).append(',')
                .append(link.seq()).append(',').append(head.lastHash()).append(',').append(link.hash()).append('\n');
        return new ChainHead(link.seq(), link.hash());
    }

    private static long flush(CopyManager copy, StringBuilder csv) throws Exception {
        long n = copy.copyIn("COPY audit_record (id, occurred_at, actor, entity_type, entity_id, action, before_summary, "
                + "after_summary, chain_seq, prev_hash, row_hash) FROM STDIN WITH (FORMAT csv)", new StringReader(csv.toString()));
        csv.setLength(0);
        return n;
    }

    /** CSV: null as nothing, a value always quoted (so an empty string stays one). */
    private static String quote(String s) {
        return s == null ? "" : '"' + s.replace("\"", "\"\"") + '"';
    }
}
