package org.backclass.config.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of one content file. Parsers compare {@link #count()} before and after an
 * entry to decide whether that entry is broken and must be skipped.
 */
final class Problems {

    private final Path file;
    private final List<ContentProblem> list = new ArrayList<>();

    Problems(Path file) {
        this.file = file;
    }

    void add(int line, String reason) {
        list.add(new ContentProblem(file, line, reason));
    }

    int count() {
        return list.size();
    }

    List<ContentProblem> list() {
        return List.copyOf(list);
    }
}
