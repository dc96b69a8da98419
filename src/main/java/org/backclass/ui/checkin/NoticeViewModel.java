package org.backclass.ui.checkin;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A calm one-message screen (already checked in, unknown card, check-in failed): a headline
 * and a line of text. The texts may hold a member's short name, so {@link #clear()} runs
 * whenever the kiosk returns to idle. UI thread only.
 */
public final class NoticeViewModel {

    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ReadOnlyStringWrapper body = new ReadOnlyStringWrapper(this, "body", "");

    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty bodyProperty() {
        return body.getReadOnlyProperty();
    }

    public void show(String headlineText, String bodyText) {
        headline.set(headlineText);
        body.set(bodyText);
    }

    public void clear() {
        headline.set("");
        body.set("");
    }
}
