package org.backclass.ui.player;

import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.collections.FXCollections;

/**
 * The demo media problems found since the kiosk started, for the instructor's screens: one entry
 * per file (the first reason wins), newest last, at most {@value #LIMIT}. A file that is fixed
 * while the kiosk runs stays listed until the kiosk restarts — the list says what went wrong, not
 * what is wrong now.
 *
 * <p>Threading: FX thread only.
 */
public final class MediaProblems {

    static final int LIMIT = 50;

    private final ReadOnlyListWrapper<MediaProblem> problems =
            new ReadOnlyListWrapper<>(this, "problems", FXCollections.observableArrayList());

    /** Adds a problem unless its file is already listed; true when it is new. */
    public boolean report(MediaProblem problem) {
        if (problems.stream().anyMatch(p -> p.file().equals(problem.file()))) {
            return false;
        }
        problems.add(problem);
        if (problems.size() > LIMIT) {
            problems.remove(0);
        }
        return true;
    }

    public ReadOnlyListProperty<MediaProblem> problemsProperty() {
        return problems.getReadOnlyProperty();
    }
}
