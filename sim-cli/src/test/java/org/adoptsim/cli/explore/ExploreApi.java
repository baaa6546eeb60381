package org.adoptsim.cli.explore;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Test helper: an explore server on a scenario file, and plain HTTP calls to it. */
final class ExploreApi implements AutoCloseable {
    static final Path PLATFORM = Path.of("../scenarios/platform-migration.yaml");

    final ExploreServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ExploreApi(Path file, int replicates, int threads) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        server = ExploreServer.start(new ExploreSession(text, file, file.toString(), replicates, threads), 0);
    }

    URI url(String rest) {
        return server.url().resolve(rest);
    }

    HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String rest, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(rest)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String rest, byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(url(rest)).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** POST api/run; fails unless it answered 200. */
    JsonNode run(String levers) throws IOException, InterruptedException {
        HttpResponse<String> r = post("api/run", levers);
        if (r.statusCode() != 200) {
            throw new AssertionError("api/run answered " + r.statusCode() + ": " + r.body());
        }
        return ExploreJson.MAPPER.readTree(r.body());
    }

    @Override
    public void close() {
        server.close();
    }
}
