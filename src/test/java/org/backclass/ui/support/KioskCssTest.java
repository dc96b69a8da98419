package org.backclass.ui.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The stylesheet's rules are well formed. JavaFX only logs a warning for a rule left open and
 * then drops every rule after it, so a broken brace shows up as unstyled screens, not as a
 * failure: this test makes it one.
 */
class KioskCssTest {

    @Test
    void everyRuleIsClosedBeforeTheNextOneStarts() throws IOException {
        String css;
        try (InputStream in = KioskCssTest.class.getResourceAsStream("/org/backclass/ui/kiosk.css")) {
            assertThat(in).as("kiosk.css on the class path").isNotNull();
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> problems = new ArrayList<>();
        int depth = 0;
        int line = 1;
        boolean inComment = false;
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c == '\n') {
                line++;
            } else if (!inComment && css.startsWith("/*", i)) {
                inComment = true;
                if (depth > 0) {
                    problems.add("line " + line + ": a comment starts inside an open rule");
                }
            } else if (inComment && css.startsWith("*/", i)) {
                inComment = false;
                i++;
            } else if (!inComment && c == '{') {
                if (depth > 0) {
                    problems.add("line " + line + ": a rule starts inside an open rule");
                }
                depth++;
            } else if (!inComment && c == '}') {
                depth--;
                if (depth < 0) {
                    problems.add("line " + line + ": a closing brace without a rule");
                    depth = 0;
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(depth).as("rules still open at the end").isZero();
        assertThat(inComment).as("a comment still open at the end").isFalse();
    }
}
