package org.adoptsim.cli.explore;

import org.adoptsim.cli.webcharts.Asset;
import org.adoptsim.cli.webcharts.Assets;
import org.adoptsim.cli.webcharts.ResultJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.adoptsim.cli.LocatedException;

/**
 * The explorer's web server: the JDK's {@link HttpServer} on 127.0.0.1 only, one request at a time.
 * Every path starts with a random token (256 bits from {@link SecureRandom}, URL-safe base64): a
 * request without it is refused with 403, so other users of the machine, and web pages that guess
 * the port, cannot drive it. The page's relative links carry the token by themselves.
 *
 * <pre>
 *   GET  /TOKEN/              the page
 *   GET  /TOKEN/assets/NAME   its script, style sheet and the vendored chart library (see {@link Assets})
 *   GET  /TOKEN/api/scenario  the scenario, its strategies' levers and the uncertainties offered
 *   POST /TOKEN/api/run       {@link Levers} in, the comparison's tables out ({@link ResultJson})
 *   POST /TOKEN/api/save      {@link Levers} in, the scenario file with them applied out (YAML)
 * </pre>
 *
 * Bounds: a body over {@value #MAX_BODY} bytes is refused with 413, a path over {@value #MAX_PATH}
 * characters with 414; a Host header other than this server's own address is refused with 403
 * (against DNS rebinding). A bad body or lever is 400 with one line, {@code field: problem}, as JSON
 * {@code {"error": …}}; an internal failure is 500 with one line, never a stack trace. A
 * {@code Content-Length} that is not a number is refused by the JDK's server before this class sees the
 * request (docs/explore.md, "Security").
 */
public final class ExploreServer implements AutoCloseable {
    static final int MAX_BODY = 64 * 1024;
    /** The largest over-long body read (and dropped) before the 413, rather than refused unread. */
    static final int MAX_DRAIN = 1024 * 1024;
    static final int MAX_PATH = 2048;
    static final int WARM_UP_RUNS = 3;

    private final HttpServer server;
    private final ExecutorService executor;
    private final ExploreSession session;
    private final String token;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    private ExploreServer(HttpServer server, ExecutorService executor, ExploreSession session, String token) {
        this.server = server;
        this.executor = executor;
        this.session = session;
        this.token = token;
    }

    /** Starts serving {@code session} on 127.0.0.1:{@code port} (0: an ephemeral port). */
    static ExploreServer start(ExploreSession session, int port) throws IOException {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "adoptsim-explore");
            t.setDaemon(true);
            return t;
        });
        ExploreServer s = new ExploreServer(server, executor, session, token);
        server.createContext("/", s::handle);
        server.setExecutor(executor);
        server.start();
        return s;
    }

    /**
     * Runs the file's comparison {@value #WARM_UP_RUNS} times on the server's thread, ahead of any
     * request: the JIT compiles the engine then rather than during the first lever changes (measured on
     * a cold JVM: 310, 220 and 160 ms of CPU for the first three answers). The page's first requests
     * wait for it.
     */
    void warmUp() {
        executor.execute(() -> {
            try {
                for (int i = 0; i < WARM_UP_RUNS; i++) {
                    session.run(Levers.NONE);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the file loaded when the session was made; a failure here shows again on the first request
            }
        });
    }

    /** The page's address, token included. */
    public URI url() {
        return URI.create("http://127.0.0.1:" + port() + "/" + token + "/");
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops serving; idempotent (Ctrl-C's hook and the command may both close it). */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private void handle(HttpExchange x) throws IOException {
        try (x) {
            try {
                route(x);
            } catch (RuntimeException | IOException e) {
                // The client went away, or an internal failure: one line, no stack trace, sent before the
                // exchange closes (a catch of the outer try would run after it, and the client got nothing).
                try {
                    send(x, 500, "text/plain", ("internal error: " + e.getClass().getSimpleName()).getBytes(
                            StandardCharsets.UTF_8));
                } catch (IOException | RuntimeException ignored) {
                    // the response had already started
                }
            }
        }
    }

    private void route(HttpExchange x) throws IOException {
        String path = x.getRequestURI().getRawPath();
        if (path.length() > MAX_PATH) {
            plain(x, 414, "path too long");
            return;
        }
        String prefix = "/" + token + "/";
        if (!sameHost(x) || !path.startsWith("/") || !tokenMatches(path, prefix)) {
            plain(x, 403, "forbidden: this address needs the URL adoptsim explore printed");
            return;
        }
        String rest = path.substring(prefix.length());
        String method = x.getRequestMethod();
        switch (rest) {
            case "" -> get(x, method, () -> Assets.page());
            case "api/scenario" -> get(x, method, () -> new Asset("application/json",
                    ExploreJson.MAPPER.writeValueAsBytes(session.describe())));
            case "api/run" -> post(x, method, body -> new Asset("application/json", session.answer(body)));
            case "api/save" -> post(x, method, body -> {
                byte[] yaml = session.save(ExploreJson.levers(body)).getBytes(StandardCharsets.UTF_8);
                x.getResponseHeaders().set("Content-Disposition", "attachment; filename=\"" + session.savedName()
                        + "\"");
                return new Asset("application/yaml; charset=utf-8", yaml);
            });
            default -> {
                Asset a = rest.startsWith("assets/") ? Assets.get(rest.substring("assets/".length())) : null;
                if (a == null) {
                    plain(x, 404, "not found");
                } else {
                    get(x, method, () -> a);
                }
            }
        }
    }

    private boolean tokenMatches(String path, String prefix) {
        if (path.length() < prefix.length()) {
            return false;
        }
        return MessageDigest.isEqual(path.substring(0, prefix.length()).getBytes(StandardCharsets.US_ASCII),
                prefix.getBytes(StandardCharsets.US_ASCII));
    }

    private boolean sameHost(HttpExchange x) {
        String host = x.getRequestHeaders().getFirst("Host");
        return host == null || host.equals("127.0.0.1:" + port()) || host.equals("localhost:" + port());
    }

    private interface Answer {
        Asset get() throws Exception;
    }

    private interface BodyAnswer {
        Asset apply(byte[] body) throws Exception;
    }

    private void get(HttpExchange x, String method, Answer a) throws IOException {
        if (!method.equals("GET") && !method.equals("HEAD")) {
            x.getResponseHeaders().set("Allow", "GET");
            plain(x, 405, "method not allowed");
            return;
        }
        answer(x, a);
    }

    private void post(HttpExchange x, String method, BodyAnswer a) throws IOException {
        if (!method.equals("POST")) {
            x.getResponseHeaders().set("Allow", "POST");
            plain(x, 405, "method not allowed");
            return;
        }
        byte[] body = body(x);
        if (body == null) {
            plain(x, 413, "request body over " + MAX_BODY + " bytes");
            return;
        }
        answer(x, () -> a.apply(body));
    }

    private void answer(HttpExchange x, Answer a) throws IOException {
        Asset out;
        try {
            out = a.get();
        } catch (LeverException | LocatedException e) {
            error(x, e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            plain(x, 503, "stopping");
            return;
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        send(x, 200, out.contentType(), out.bytes());
    }

    /**
     * The body, or null when it is over the bound (read no further than the bound). A body declared over
     * the bound but under {@value #MAX_DRAIN} bytes is read and dropped first, so that the client, still
     * sending, hears the 413 instead of a reset connection; a larger one is refused unread.
     */
    private static byte[] body(HttpExchange x) throws IOException {
        String length = x.getRequestHeaders().getFirst("Content-Length");
        if (length != null) {
            try {
                long declared = Long.parseLong(length.trim());
                if (declared > MAX_BODY) {
                    if (declared <= MAX_DRAIN) {
                        try (InputStream in = x.getRequestBody()) {
                            in.transferTo(OutputStream.nullOutputStream()); // bounded by the declared length
                        }
                    }
                    return null;
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        try (InputStream in = x.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            return b.length > MAX_BODY ? null : b;
        }
    }

    private static void error(HttpExchange x, String message) throws IOException {
        byte[] json = ExploreJson.MAPPER.writeValueAsBytes(java.util.Map.of("error", message));
        send(x, 400, "application/json", json);
    }

    private static void plain(HttpExchange x, int status, String text) throws IOException {
        send(x, status, "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange x, int status, String contentType, byte[] body) throws IOException {
        var h = x.getResponseHeaders();
        h.set("Content-Type", contentType);
        h.set("Cache-Control", "no-store");
        h.set("Referrer-Policy", "no-referrer");
        h.set("X-Content-Type-Options", "nosniff");
        // Vega compiles its expressions with Function(), hence 'unsafe-eval'; nothing is loaded from elsewhere.
        h.set("Content-Security-Policy", "default-src 'self'; script-src 'self' 'unsafe-eval'; style-src 'self'"
                + " 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = x.getResponseBody()) {
                out.write(body);
            }
        }
    }
}
