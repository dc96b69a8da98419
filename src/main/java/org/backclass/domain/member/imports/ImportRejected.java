package org.backclass.domain.member.imports;

import java.util.List;

/** An import that changed nothing, with every reason found (most files need one round of fixes). */
public final class ImportRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<ImportError> errors;

    public ImportRejected(List<ImportError> errors) {
        super(errors.size() + " row error(s); nothing was imported", null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<ImportError> errors() {
        return errors;
    }
}
