package org.backclass.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code api.tls.*} and {@code api.cors.origins} in kiosk.properties. */
class ApiSecuritySettingsTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void plainHttpAndNoCrossOriginAccessByDefault() {
        KioskConfig.Api api = ConfigLoader.defaults(dir).api();

        assertThat(api.tlsKeystore()).isNull();
        assertThat(api.tlsPassword()).isNull();
        assertThat(api.corsOrigins()).isEmpty();
    }

    @Test
    void aKeystoreIsFoundNextToTheFileAndOriginsAreListed() throws Exception {
        KioskConfig.Api api = ConfigLoader.load(write("""
                api.tls.keystore = tls/kiosk.p12
                api.tls.password = s3cret pass
                api.cors.origins = https://desk.gym.local:8443, http://10.0.0.5 ,https://[fd00::5]:8443, HTTPS://Front.Desk:443
                """)).api();

        assertThat(api.tlsKeystore()).isEqualTo(dir.resolve("tls/kiosk.p12"));
        assertThat(api.tlsPassword()).isEqualTo("s3cret pass");
        assertThat(api.corsOrigins()).containsExactly("https://desk.gym.local:8443", "http://10.0.0.5",
                "https://[fd00::5]:8443", "https://front.desk");
        assertThat(api.toString()).doesNotContain("s3cret");
    }

    @ParameterizedTest
    @ValueSource(strings = {"*", "https://desk.gym.local/staff", "desk.gym.local", "ftp://desk", "https://a,,",
            "https://desk.gym.local:8443/", "null"})
    void anOriginThatIsNotOneIsRefusedOnItsLine(String origins) throws Exception {
        Path file = write("# cors\napi.cors.origins = " + origins + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":2: bad value").hasMessageContaining("no path, no *");
    }

    @Test
    void aKeystoreNeedsItsPasswordAndAPasswordItsKeystore() throws Exception {
        Path keystoreOnly = write("api.tls.keystore = kiosk.p12\n");
        assertThatThrownBy(() -> ConfigLoader.load(keystoreOnly)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(keystoreOnly + ":1:").hasMessageContaining("go together");

        Path passwordOnly = write("# tls\napi.tls.password = secret\n");
        assertThatThrownBy(() -> ConfigLoader.load(passwordOnly)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(passwordOnly + ":2:").hasMessageContaining("go together");
        assertThat(List.of(keystoreOnly, passwordOnly)).allMatch(Files::exists);
    }
}
