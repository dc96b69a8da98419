package org.backclass.config;

import java.nio.file.Path;

/**
 * A configuration file that cannot be used. The message names the file, the line (when there
 * is one) and what would be allowed, so a person at the kiosk can fix it without the code.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    public ConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line number, or 0 when the problem concerns the whole file. */
    public int line() {
        return line;
    }
}
