package org.backclass.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.util.Collections;
import java.util.Objects;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * HTTPS for the API from a PKCS#12 keystore ({@code api.tls.keystore}, {@code api.tls.password}):
 * the kiosk's private key and certificate, e.g. made once with {@code keytool -genkeypair}.
 * The keystore is read when the server is built, so a wrong file or password stops the start
 * with a plain message instead of failing on the first connection.
 */
public record ApiTls(Path keystore, String password) {

    public ApiTls {
        Objects.requireNonNull(keystore, "keystore");
        Objects.requireNonNull(password, "password");
    }

    /** @throws ApiStartException naming the setting to fix */
    SslContextFactory.Server sslContextFactory() {
        KeyStore store = load();
        SslContextFactory.Server factory = new SslContextFactory.Server();
        factory.setKeyStore(store);
        factory.setKeyStorePassword(password);
        factory.setIncludeProtocols("TLSv1.3", "TLSv1.2");
        // Staff reach a kiosk by its IP address as often as by name: no SNI host check.
        factory.setSniRequired(false);
        return factory;
    }

    private KeyStore load() {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password.toCharArray());
            boolean hasKey = false;
            for (String alias : Collections.list(store.aliases())) {
                hasKey |= store.isKeyEntry(alias);
            }
            if (!hasKey) {
                throw new ApiStartException("api.tls.keystore " + keystore + " holds no private key with its"
                        + " certificate (make one with keytool -genkeypair)", null);
            }
            return store;
        } catch (NoSuchFileException e) {
            throw new ApiStartException("api.tls.keystore: there is no file " + keystore, e);
        } catch (IOException e) {
            if (e.getCause() instanceof UnrecoverableKeyException || String.valueOf(e.getMessage()).contains("password")) {
                throw new ApiStartException("api.tls.password does not open " + keystore, e);
            }
            throw new ApiStartException("api.tls.keystore " + keystore + " is not a readable PKCS#12 keystore ("
                    + e.getMessage() + ")", e);
        } catch (GeneralSecurityException e) {
            throw new ApiStartException("api.tls.keystore " + keystore + " cannot be used: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "ApiTls[keystore=" + keystore + "]";
    }
}
