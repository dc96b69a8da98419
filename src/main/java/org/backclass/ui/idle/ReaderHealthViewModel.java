package org.backclass.ui.idle;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.Timers.TimerHandle;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The card readers' health on screen: a calm line for members on the idle screen while a reader
 * is offline ("tell a member of staff"), and one line per reader for the instructor (type, the
 * reader's own detail such as the chip version, last card, errors).
 *
 * <p>Threading: UI thread. The statuses are read on the background executor every
 * {@link #PERIOD}; the result comes back through the UI executor.
 */
public final class ReaderHealthViewModel {

    /** One reader's line for the instructor. */
    public record ReaderLine(String text, boolean online) {
    }

    static final Duration PERIOD = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(ReaderHealthViewModel.class);

    private final UiContext ctx;
    private final Supplier<List<ReaderStatus>> readers;
    private final ReadOnlyStringWrapper offlineNotice = new ReadOnlyStringWrapper(this, "offlineNotice", "");
    private final ReadOnlyListWrapper<ReaderLine> details =
            new ReadOnlyListWrapper<>(this, "details", FXCollections.observableArrayList());
    private TimerHandle timer;

    public ReaderHealthViewModel(UiContext ctx, Supplier<List<ReaderStatus>> readers) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.readers = Objects.requireNonNull(readers, "readers");
    }

    /** For members: empty while every reader is online. */
    public ReadOnlyStringProperty offlineNoticeProperty() {
        return offlineNotice.getReadOnlyProperty();
    }

    /** For the instructor: one line per reader. */
    public ReadOnlyListProperty<ReaderLine> detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public void start() {
        if (timer == null) {
            refresh();
            timer = ctx.timers().every(PERIOD, this::refresh);
        }
    }

    public void stop() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }

    /** Reads the statuses now (off the UI thread). */
    public void refresh() {
        try {
            ctx.background().execute(() -> {
                List<ReaderStatus> now;
                try {
                    now = List.copyOf(readers.get());
                } catch (RuntimeException e) {
                    LOG.warn("Reader status could not be read", e);
                    return;
                }
                ctx.ui().execute(() -> show(now));
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Background executor stopped; no reader status refresh");
        }
    }

    private void show(List<ReaderStatus> statuses) {
        boolean offline = statuses.stream().anyMatch(s -> !s.online());
        offlineNotice.set(offline ? ctx.messages().get(MessageKey.READER_OFFLINE_NOTICE) : "");
        List<ReaderLine> lines = statuses.stream().map(st -> new ReaderLine(line(st), st.online())).toList();
        if (!lines.equals(details.get())) {
            details.setAll(lines);
        }
    }

    /** "Card reader door (mfrc522): working · MFRC522 v2.0 (0x92) · last card 10:02 · errors: 0". */
    private String line(ReaderStatus s) {
        Messages m = ctx.messages();
        String last = s.lastReadAt() == null ? m.get(MessageKey.READER_NO_CARD_YET)
                : TimeText.hoursMinutes(s.lastReadAt(), ctx.clock().getZone());
        StringBuilder line = new StringBuilder(m.format(s.online() ? MessageKey.READER_ONLINE
                : MessageKey.READER_OFFLINE, s.readerId(), s.type()));
        if (s.detail() != null && !s.detail().isBlank()) {
            line.append(" · ").append(s.detail());
        }
        return line.append(" · ").append(m.format(MessageKey.READER_LAST_CARD, last))
                .append(" · ").append(m.format(MessageKey.READER_ERRORS, s.errorCount())).toString();
    }
}
