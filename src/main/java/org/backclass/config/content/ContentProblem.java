package org.backclass.config.content;

import java.nio.file.Path;

/**
 * Something wrong in a content file, precise enough for a person to fix it in a text editor.
 *
 * @param line 1-based line, or 0 when the problem concerns the whole file (missing, unreadable)
 */
public record ContentProblem(Path file, int line, String reason) {

    @Override
    public String toString() {
        return file.getFileName() + (line > 0 ? ":" + line : "") + ": " + reason;
    }
}
