package fi.valvonta.it.complaint;

import fi.valvonta.it.support.Api;
import fi.valvonta.it.support.Deployments;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.Archive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import static fi.valvonta.it.support.Complaints.body;
import static fi.valvonta.it.support.Complaints.ok;
import static fi.valvonta.it.support.Complaints.register;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Documents are taken by what they are, only into open cases, and an oversized body gets 413 problem+json. */
@ExtendWith(ArquillianExtension.class)
class DocumentUploadIT {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Api registrar = Api.as("kirjaamo");

    @Deployment(testable = false)
    static Archive<?> deployment() {
        return Deployments.application();
    }

    @Test
    void aProgramNamedAsAPdfIsRefusedAndARealPdfIsStoredAsOneWhateverItsName() {
        int id = register(registrar, body()).getInt("id");
        Api.Reply disguised = upload(id, "selvitys.pdf", "application/pdf", new byte[]{'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertEquals(422, disguised.status(), disguised.toString());
        assertEquals("attachment.type-not-allowed", disguised.json().getString("code"));

        Api.Reply pdf = upload(id, "liite.bin", "application/octet-stream",
                "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(201, pdf.status(), pdf.toString());
        assertEquals("application/pdf", pdf.json().getString("contentType"));
        Api.Reply down = registrar.get("/complaints/" + id + "/attachments/" + pdf.json().getInt("id"));
        assertTrue(down.contentType().startsWith("application/pdf"), down.contentType());
    }

    @Test
    void aClosedCaseTakesNoMoreDocuments() {
        int id = register(registrar, body()).getInt("id");
        ok(registrar, id, "withdraw", null);
        // an upload over the API names no type a cross-site form could send: the content decides the type
        Api.Reply r = upload(id, "myohassa.txt", "application/octet-stream", "Myöhästynyt liite".getBytes(StandardCharsets.UTF_8));
        assertEquals(409, r.status(), r.toString());
        assertEquals("complaint.closed-for-documents", r.json().getString("code"));
        assertEquals(0, registrar.get("/complaints/" + id).json().getJsonArray("attachments").size());
    }

    @Test
    void aBodyOverTheLimitGets413ProblemWithOrWithoutALength() throws Exception {
        int id = register(registrar, body()).getInt("id");
        byte[] twelveMegabytes = "a".repeat(12_000_000).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> withLength = send(HttpRequest.BodyPublishers.ofByteArray(twelveMegabytes), id);
        assertEquals(413, withLength.statusCode(), withLength.body());
        assertTrue(withLength.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertEquals("request.too-large", code(withLength));

        assertTrue(withLength.body().contains("Pyyntö on liian suuri"), "in Finnish by default: " + withLength.body());

        // without a length, and the detail in the language the client asks for
        HttpResponse<String> chunked = HTTP.send(request(id, "iso.txt", "application/octet-stream").header("Accept-Language", "sv")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(twelveMegabytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());
        assertTrue(chunked.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(chunked.body().contains("för stort: högst"), "in Swedish as asked: " + chunked.body());

        Api.Reply json = registrar.post("/complaints", "{\"description\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}");
        assertEquals(413, json.status());
        assertTrue(json.isProblem());
    }

    private Api.Reply upload(int id, String fileName, String contentType, byte[] content) {
        try {
            HttpResponse<String> r = HTTP.send(request(id, fileName, contentType)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Reply(r.statusCode(), r.body(), r.headers().firstValue("Content-Type").orElse(""), r);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> send(HttpRequest.BodyPublisher body, int id) throws Exception {
        return HTTP.send(request(id, "iso.txt", "application/octet-stream").POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder request(int id, String fileName, String contentType) {
        return HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/complaints/" + id + "/attachments?fileName=" + fileName))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("kirjaamo:demo".getBytes(StandardCharsets.UTF_8)));
    }

    private static String code(HttpResponse<String> r) {
        try (var reader = Json.createReader(new StringReader(r.body()))) {
            JsonObject o = reader.readObject();
            return o.getString("code");
        }
    }
}
