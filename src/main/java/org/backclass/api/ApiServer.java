package org.backclass.api;

import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.channels.UnresolvedAddressException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded HTTP server of the kiosk: {@code /api/v1/...} and the staff page on one Jetty
 * connector, plain HTTP or HTTPS ({@link ApiTls}), behind the {@link CorsPolicy}.
 *
 * <p>Lifecycle: {@link #newServer} builds everything (and fails fast on a broken OpenAPI
 * document), {@link #start} binds the port, {@link #close} stops it; a closed server cannot be
 * started again. {@code start} and {@code close} may be called from any thread but not
 * concurrently with each other; {@code close} never throws, so the composition root can run
 * the rest of its shutdown after it.
 *
 * <p>Threading: requests are served on Jetty's default {@link QueuedThreadPool}; handlers call
 * the blocking domain ports from those worker threads and never touch JavaFX. On close, requests
 * in flight (a check-in being written) get up to {@value #STOP_TIMEOUT_MS} ms to finish before
 * connections are cut, so the database can be closed safely afterwards.
 */
public final class ApiServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);
    static final long STOP_TIMEOUT_MS = 5_000;
    /** Worker threads, including Jetty's acceptor and selector. */
    static final int MAX_THREADS = 12;

    private final ApiSettings settings;
    private final Server server;
    private final ServerConnector connector;
    private final int routeCount;
    private boolean started;
    private boolean closed;

    private ApiServer(ApiSettings settings, Server server, ServerConnector connector, int routeCount) {
        this.settings = settings;
        this.server = server;
        this.connector = connector;
        this.routeCount = routeCount;
    }

    /** Builds a server for {@code context}; nothing listens until {@link #start}. */
    public static ApiServer newServer(ApiSettings settings, ApiContext context) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(context, "context");
        List<Route> routes = ApiRoutes.table(context, settings);

        // A few workers, not Jetty's 200: on a 2-core Pi every runnable worker competes with the
        // kiosk's FX thread, and SQLite writes one at a time anyway. Requests beyond them wait in
        // Jetty's queue (measured: the UI keeps more of its frames under 100 connections).
        QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 2);
        pool.setName("api");
        Server server = new Server(pool);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        ServerConnector connector = settings.tls().map(tls -> {
            // Reached by IP address as often as by name: no SNI host check.
            http.addCustomizer(new SecureRequestCustomizer(false));
            return new ServerConnector(server, new SslConnectionFactory(tls.sslContextFactory(), "http/1.1"),
                    new HttpConnectionFactory(http));
        }).orElseGet(() -> new ServerConnector(server, new HttpConnectionFactory(http)));
        connector.setHost(settings.bindAddress());
        connector.setPort(settings.port());
        server.addConnector(connector);
        // The staff page's few static files first; every other path is the API's.
        server.setHandler(new GracefulHandler(new CorsPolicy(settings.corsOrigins(), new Handler.Sequence(
                new StaffPage(), new Router(routes, context.tokens(), context.metrics(), context.clock())))));
        server.setErrorHandler(new ProblemErrorHandler());
        server.setStopTimeout(STOP_TIMEOUT_MS);
        return new ApiServer(settings, server, connector, routes.size());
    }

    /**
     * Binds the port and starts serving.
     *
     * @throws ApiStartException when the address cannot be bound (port in use, address not on
     *         this machine, no permission) or the server was already started or closed
     */
    public synchronized void start() {
        if (closed) {
            throw new ApiStartException("the API server was closed and cannot be started again", null);
        }
        if (started) {
            throw new ApiStartException("the API server is already running on " + uri(), null);
        }
        String where = "port " + settings.port() + " on " + settings.bindAddress();
        try {
            InetAddress.getByName(settings.bindAddress());
        } catch (UnknownHostException e) {
            throw new ApiStartException("the bind address '" + settings.bindAddress() + "' cannot be resolved", e);
        }
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly();
            throw explain(e, where);
        }
        started = true;
        LOG.info("API listening on {} ({} routes)", uri(), routeCount);
    }

    private static ApiStartException explain(Exception e, String where) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BindException bind) {
                String reason = bind.getMessage() == null ? "" : bind.getMessage();
                if (reason.toLowerCase(Locale.ROOT).contains("in use")) {
                    return new ApiStartException(where + " is already in use", e);
                }
                return new ApiStartException("cannot listen on " + where + ": " + reason, e);
            }
            if (t instanceof UnresolvedAddressException) {
                return new ApiStartException("cannot listen on " + where + ": the address cannot be resolved", e);
            }
        }
        return new ApiStartException("the API server could not start on " + where + ": " + e.getMessage(), e);
    }

    /**
     * The base URI clients use, with the real bound port. For a wildcard bind address
     * ({@code 0.0.0.0}, {@code ::}) this is the loopback address, which always reaches it.
     *
     * @throws IllegalStateException before {@link #start}
     */
    public synchronized URI uri() {
        int port = port();
        String host = settings.bindAddress();
        try {
            if (InetAddress.getByName(host).isAnyLocalAddress()) {
                host = InetAddress.getLoopbackAddress().getHostAddress();
            }
            return new URI(settings.tls().isPresent() ? "https" : "http", null, host, port, "/", null, null);
        } catch (UnknownHostException | URISyntaxException e) {
            throw new IllegalStateException("no URI for " + host + ":" + port, e);
        }
    }

    /**
     * The port actually bound (the chosen one when the settings asked for {@code 0}).
     *
     * @throws IllegalStateException before {@link #start}
     */
    public synchronized int port() {
        if (!started || closed) {
            throw new IllegalStateException("the API server is not running");
        }
        return connector.getLocalPort();
    }

    /** Stops serving, letting requests in flight finish first; idempotent, never throws. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly();
        if (started) {
            LOG.info("API stopped");
        }
    }

    private void stopQuietly() {
        try {
            server.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("Interrupted while stopping the API server");
        } catch (Exception e) {
            // Jetty 12 reports a graceful stop that ran out of time as a TimeoutException.
            LOG.warn("The API server did not stop cleanly: {}", e.toString());
        }
    }
}
