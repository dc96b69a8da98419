/**
 * The kiosk's HTTP API: Jetty 12 core handlers (no servlets), JSON through Jackson, RFC 9457
 * problem responses, bearer tokens with roles and a hand-written OpenAPI document.
 *
 * <p><b>Threading.</b> Every handler here runs on a Jetty worker thread from the server's
 * {@code QueuedThreadPool} and is declared {@code BLOCKING}, so it may call the blocking domain
 * ports (token lookup, member store, attendance queries, the simulated reader) directly. Handlers
 * hold no mutable state and may serve many requests at once; they never touch JavaFX.
 *
 * <p>Only {@link org.backclass.api.ApiServer}, {@link org.backclass.api.ApiSettings},
 * {@link org.backclass.api.ApiContext} and {@link org.backclass.api.ApiStartException} are
 * public; everything else is an implementation detail of this package.
 */
package org.backclass.api;
