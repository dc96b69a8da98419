package org.backclass.ui.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessagesTest {

    private static final String EN = "/org/backclass/ui/i18n/messages.properties";
    private static final String DE = "/org/backclass/ui/i18n/messages_de.properties";

    @Test
    void englishAndGermanHaveExactlyTheSameKeys() throws IOException {
        assertThat(load(DE).stringPropertyNames()).isEqualTo(load(EN).stringPropertyNames());
    }

    @ParameterizedTest
    @ValueSource(strings = {EN, DE})
    void everyKeyTheCodeUsesExistsAndEveryKeyIsUsed(String file) throws IOException {
        Set<String> inBundle = new TreeSet<>(load(file).stringPropertyNames());
        Set<String> usedByCode = Arrays.stream(MessageKey.values()).map(MessageKey::key)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(inBundle).containsAll(usedByCode);
        assertThat(inBundle).allMatch(key -> usedByCode.contains(key) || key.matches("tip\\.[1-9][0-9]*"));
    }

    @ParameterizedTest
    @ValueSource(strings = {EN, DE})
    void everyValueIsAValidPatternWithoutPlainApostrophes(String file) throws IOException {
        Properties p = load(file);
        for (String key : p.stringPropertyNames()) {
            String value = p.getProperty(key);
            assertThat(value).as(key).isNotBlank().doesNotContain("'");
            assertThatCode(() -> new MessageFormat(value)).as(key).doesNotThrowAnyException();
        }
    }

    @Test
    void thereAreAtLeastTwelveTipsNumberedWithoutGapsInBothLanguages() {
        var english = Messages.load(Locale.ENGLISH).tips();
        var german = Messages.load(Locale.GERMAN).tips();

        assertThat(english).hasSizeGreaterThanOrEqualTo(12).doesNotHaveDuplicates();
        assertThat(german).hasSameSizeAs(english).doesNotHaveDuplicates();
    }

    @Test
    void germanIsReallyGerman() {
        Messages de = Messages.load(Locale.GERMAN);
        Messages en = Messages.load(Locale.ENGLISH);

        for (MessageKey key : MessageKey.values()) {
            if (key != MessageKey.APP_TITLE && key != MessageKey.NOTICE_DONE) {
                assertThat(de.get(key)).as(key.key()).isNotEqualTo(en.get(key));
            }
        }
        assertThat(de.get(MessageKey.PAIN_QUESTION)).isEqualTo("Wie geht es Ihrem Rücken heute?");
        assertThat(de.format(MessageKey.WELCOME_SESSION, 1234)).isEqualTo("Einheit 1.234");
    }

    @Test
    void aLanguageWithoutTranslationFallsBackToEnglish() {
        Messages fr = Messages.load(Locale.FRENCH);

        assertThat(fr.get(MessageKey.IDLE_PROMPT)).isEqualTo("Tap your card");
    }

    @Test
    void patternsAreFilledIn() {
        Messages en = Messages.load(Locale.ENGLISH);

        assertThat(en.format(MessageKey.WELCOME_CLASS_ROOM, "Back Basics", "18:00", "Studio 2"))
                .isEqualTo("Back Basics at 18:00, Studio 2");
        assertThat(en.get(MessageKey.ALREADY_HEADLINE)).isEqualTo("You’re already checked in");
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
