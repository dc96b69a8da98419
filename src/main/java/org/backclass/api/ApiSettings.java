package org.backclass.api;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where and how the API listens.
 *
 * @param bindAddress  interface to bind, e.g. {@code 0.0.0.0} for the whole LAN or {@code 127.0.0.1}
 * @param port         TCP port; {@code 0} picks a free ephemeral port (tests)
 * @param maxBodyBytes largest request body accepted; bigger bodies get 413
 * @param tls          HTTPS from a keystore; empty for plain HTTP
 * @param corsOrigins  web origins (such as {@code https://desk.gym.local}) whose pages may call
 *                     the API from a browser; empty: no cross-origin access at all
 */
public record ApiSettings(String bindAddress, int port, long maxBodyBytes, Optional<ApiTls> tls,
        List<String> corsOrigins) {

    public ApiSettings {
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(tls, "tls");
        corsOrigins = List.copyOf(corsOrigins);
        if (bindAddress.isBlank()) {
            throw new IllegalArgumentException("bindAddress must not be blank (use 0.0.0.0 for every interface)");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0-65535, was " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
    }

    /** Plain HTTP, no cross-origin access. */
    public ApiSettings(String bindAddress, int port, long maxBodyBytes) {
        this(bindAddress, port, maxBodyBytes, Optional.empty(), List.of());
    }
}
