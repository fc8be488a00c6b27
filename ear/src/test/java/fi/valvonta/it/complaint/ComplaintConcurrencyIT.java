package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Complaints;
import fi.valvonta.it.platform.ServerLog;
import fi.valvonta.it.support.Deployments;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static fi.valvonta.it.support.Complaints.act;
import static fi.valvonta.it.support.Complaints.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Case numbers under parallel registration, Idempotency-Key, and optimistic locking with ETag / If-Match. */
@ExtendWith(ArquillianExtension.class)
class ComplaintConcurrencyIT {

    /**
     * Complaints received in 2023 get the predecessor's prefix LSSAVI (the succession of 1.1.2026), and no
     * other test and no demo data registers a complaint received in 2023: the series LSSAVI/n/2023 is this
     * test's alone, so it must run 1..n without a gap whatever else the suite has done.
     */
    private static final String RECEIVED = "2023-06-02";
    private static final int YEAR = 2023;
    /** Conduct within Espoo's pilot (1269/2020) and within two years before receipt (HL 8 a §). */
    private static final String CONDUCT = "2023-02-01";

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void parallelRegistrationsGetUniqueGapFreeCaseNumbers() throws Exception {
        int registrations = 40;
        ServerLog log = ServerLog.fromNow();
        String sharedKey = "it-" + UUID.randomUUID();
        Complaints.Body sharedBody = body().received(RECEIVED).conduct(CONDUCT, null);
        List<Callable<JsonObject>> calls = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        for (int i = 0; i < registrations; i++) {
            Api api = Api.as(i % 2 == 0 ? "kirjaamo" : "tarkastaja");
            String json = body().received(RECEIVED).conduct(CONDUCT, null).json();
            calls.add(() -> {
                start.await();
                Api.Reply r = api.post("/complaints", json);
                assertEquals(201, r.status(), r.toString());
                return r.json();
            });
        }
        // registrations that fail after their case number was reserved (no such entity): they give it back
        List<Callable<JsonObject>> failing = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String json = body().received(RECEIVED).conduct(CONDUCT, null).entity(999_999_999L).json();
            failing.add(() -> {
                start.await();
                Api.Reply r = Api.as("kirjaamo").post("/complaints", json);
                assertEquals(422, r.status(), r.toString());
                return null;
            });
        }
        // the same request five times at once with one Idempotency-Key: one complaint, the others wait for it
        for (int i = 0; i < 5; i++) {
            calls.add(() -> {
                start.await();
                Api.Reply r = Api.as("kirjaamo").send("POST", "/complaints", sharedBody.json(), Map.of("Idempotency-Key", sharedKey));
                assertEquals(201, r.status(), r.toString());
                return r.json();
            });
        }
        Set<Integer> mine = new HashSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            // the failing ones among the others, from the first to the last
            List<Future<JsonObject>> futures = new ArrayList<>();
            List<Future<JsonObject>> failed = new ArrayList<>();
            for (int i = 0; i < calls.size(); i++) {
                if (i % 9 == 0 && failed.size() < failing.size()) {
                    failed.add(pool.submit(failing.get(failed.size())));
                }
                futures.add(pool.submit(calls.get(i)));
            }
            failing.subList(failed.size(), failing.size()).forEach(f -> failed.add(pool.submit(f)));
            start.countDown();
            for (Future<JsonObject> f : failed) {
                f.get(120, TimeUnit.SECONDS);
            }
            List<JsonObject> created = new ArrayList<>();
            for (Future<JsonObject> f : futures) {
                created.add(f.get(120, TimeUnit.SECONDS));
            }
            List<String> numbers = created.subList(0, registrations).stream().map(c -> c.getString("caseNumber")).toList();
            assertEquals(registrations, new HashSet<>(numbers).size(), "no duplicate case number: " + numbers);
            numbers.forEach(n -> assertTrue(n.matches("LSSAVI/[1-9][0-9]*/" + YEAR), n));
            mine.addAll(created.stream().map(c -> c.getString("caseNumber"))
                    .map(n -> Integer.parseInt(n.split("/")[1])).toList());
            Set<Integer> keyed = new HashSet<>();
            created.subList(registrations, created.size()).forEach(c -> keyed.add(c.getInt("id")));
            assertEquals(1, keyed.size(), "one Idempotency-Key, one complaint");
        } finally {
            pool.shutdownNow();
        }

        // one more afterwards: a number a failed registration kept would lie below it
        mine.add(Integer.parseInt(Complaints.register(Api.as("kirjaamo"), body().received(RECEIVED).conduct(CONDUCT, null))
                .getString("caseNumber").split("/")[1]));

        // the whole series LSSAVI/n/2023: 1..n, each once, and this test's numbers among them
        List<Integer> serials = new ArrayList<>();
        Api reader = Api.as("auditor");
        for (int first = 0; ; first += 500) {
            JsonObject page = reader.get("/complaints?year=" + YEAR + "&max=500&first=" + first + "&sort=CASE_NUMBER&desc=false").json();
            page.getJsonArray("items").stream().map(JsonValue::asJsonObject)
                    .map(c -> c.getString("caseNumber")).filter(n -> n.startsWith("LSSAVI/"))
                    .forEach(n -> serials.add(Integer.parseInt(n.split("/")[1])));
            if (first + 500 >= page.getInt("total")) {
                break;
            }
        }
        TreeSet<Integer> distinct = new TreeSet<>(serials);
        assertEquals(serials.size(), distinct.size(), "no duplicates");
        assertEquals(1, distinct.first());
        assertEquals(distinct.size(), distinct.last(), () -> "no gaps: " + distinct + "; this test's numbers " + new TreeSet<>(mine)
                + "; the missing ones looked up by number: " + IntStream.rangeClosed(1, distinct.last())
                .filter(n -> !distinct.contains(n)).mapToObj(n -> n + " " + reader.get("/complaints?caseNumber=LSSAVI/" + n + "/" + YEAR))
                .toList() + "; the server's warnings and errors meanwhile:\n" + warnings(log));
        assertTrue(distinct.size() >= registrations + 2);
        assertEquals(registrations + 2, mine.size(), "forty numbers, one for the keyed request and the last one: " + mine);
        assertEquals(distinct.last(), Collections.max(mine), "the last registration has the series' last number");
        assertTrue(distinct.containsAll(mine), "the series holds every number this test got");
    }

    /** The server's log lines at WARN or above since {@code log} began, the first 60 (a failure's evidence). */
    private static String warnings(ServerLog log) {
        try {
            return log.read().lines().filter(l -> l.matches("^\\S+ \\S+ (WARN|ERROR|SEVERE).*")).limit(60)
                    .collect(Collectors.joining("\n"));
        } catch (IOException | RuntimeException e) {
            return "(server log not read: " + e + ")";
        }
    }

    /**
     * More parallel registrations than the server has worker threads (32 on 2 CPUs): each registration holds its
     * service bean while it calls the bean again for its reservation and its registration, so a bean pool sized to
     * the workers ran dry and every worker waited for an instance (five minutes, the acquisition timeout).
     */
    @Test
    void moreParallelRegistrationsThanWorkerThreadsAllGetThrough() throws Exception {
        int registrations = 96;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(registrations);
        try {
            List<Future<Integer>> statuses = IntStream.range(0, registrations).mapToObj(i -> pool.submit(() -> {
                Api api = Api.as("kirjaamo");
                String json = body().json();
                start.await();
                return api.post("/complaints", json).status();
            })).toList();
            start.countDown();
            for (Future<Integer> status : statuses) {
                assertEquals(201, status.get(90, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void idempotencyKeyReturnsTheSameComplaintAndRefusesAnotherBody() {
        Api registrar = Api.as("kirjaamo");
        String key = "it-" + UUID.randomUUID();
        Complaints.Body body = body();
        Api.Reply first = registrar.send("POST", "/complaints", body.json(), Map.of("Idempotency-Key", key));
        assertEquals(201, first.status(), first.toString());
        Api.Reply retry = registrar.send("POST", "/complaints", body.json().replace("\n", " "), Map.of("Idempotency-Key", key));
        assertEquals(201, retry.status(), retry.toString());
        assertEquals("true", retry.header("Idempotent-Replayed"));
        assertEquals(first.json().getInt("id"), retry.json().getInt("id"));
        assertEquals(first.json().getString("caseNumber"), retry.json().getString("caseNumber"));

        Api.Reply other = registrar.send("POST", "/complaints", body.description("Toinen kantelu").json(), Map.of("Idempotency-Key", key));
        assertEquals(422, other.status(), other.toString());
        assertTrue(other.isProblem());
        assertEquals("idempotency-key.reused", other.json().getString("code"));

        // keys are per caller: another user's identical key is another request
        Api.Reply otherUser = Api.as("tarkastaja").send("POST", "/complaints", body().json(), Map.of("Idempotency-Key", key));
        assertEquals(201, otherUser.status());
        assertNotEquals(first.json().getInt("id"), otherUser.json().getInt("id"));
        assertTrue(otherUser.header("Idempotent-Replayed") == null);
    }

    @Test
    void staleIfMatchIs412AndMissingIfMatchIs428() {
        Api inspector = Api.as("tarkastaja");
        Api.Reply created = Api.as("kirjaamo").post("/complaints", body().json());
        int id = created.json().getInt("id");
        String etag = created.header("ETag");
        assertEquals(etag, inspector.get("/complaints/" + id).header("ETag"));

        Api.Reply missing = act(inspector, id, "start-assessment", null, null);
        assertEquals(428, missing.status(), missing.toString());
        assertTrue(missing.isProblem());

        Api.Reply moved = act(inspector, id, "start-assessment", null, etag);
        assertEquals(200, moved.status(), moved.toString());
        assertNotEquals(etag, moved.header("ETag"));

        Api.Reply stale = act(inspector, id, "request-supplement", null, etag);
        assertEquals(412, stale.status(), stale.toString());
        assertTrue(stale.isProblem());
        assertEquals("stale-version", stale.json().getString("code"));
        assertEquals("PRELIMINARY_ASSESSMENT", inspector.get("/complaints/" + id).json().getString("state"), "nothing changed");

        // weak form of the current tag is accepted
        assertEquals(200, act(inspector, id, "request-supplement", null, "W/" + moved.header("ETag")).status());
    }

    @Test
    void twoParallelChangesOfOneVersionLetOnlyOneThrough() throws Exception {
        Api inspector = Api.as("tarkastaja");
        Api.Reply created = Api.as("kirjaamo").post("/complaints", body().json());
        int id = created.json().getInt("id");
        String etag = created.header("ETag");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = IntStream.range(0, 4).mapToObj(i -> pool.submit(() -> {
                start.await();
                return act(inspector, id, i % 2 == 0 ? "start-assessment" : "withdraw", null, etag).status();
            })).toList();
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : results) {
                statuses.add(f.get(60, TimeUnit.SECONDS));
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(3, statuses.stream().filter(s -> s == 412).count(), statuses.toString());
        } finally {
            pool.shutdownNow();
        }
    }
}
