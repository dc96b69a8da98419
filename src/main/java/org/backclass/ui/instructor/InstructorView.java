package org.backclass.ui.instructor;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.ui.player.MediaProblem;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The instructor's home screen: today's classes, each with its roster and a "Start class"
 * button, "Review levels" after a class, and "Close" back to idle. Only binds to
 * {@link InstructorViewModel}. Create and use on the FX thread.
 */
public final class InstructorView {

    /** More would push the classes off an 800×480 screen. */
    static final int SHOWN_MEDIA_PROBLEMS = 4;

    private final InstructorViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox(12);
    private final Label status = new Label();
    private final VBox media = new VBox(6);

    /**
     * @param onEnrol  opens card enrolment; null: no enrolment button
     * @param onReview opens the level proposals of {@link InstructorViewModel#reviewableProperty()};
     *                 null: no "Review levels" button
     */
    public InstructorView(InstructorViewModel vm, Messages messages, Runnable onClose, Runnable onEnrol,
            Runnable onReview) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        root.setId("instructor-screen");
        root.getStyleClass().addAll("screen", "instructor-screen");
        Label title = new Label(messages.get(MessageKey.INSTRUCTOR_TITLE));
        title.getStyleClass().add("section-title");
        Button close = new Button(messages.get(MessageKey.INSTRUCTOR_CLOSE));
        close.setId("instructor-close");
        close.setMinSize(64, 64);
        close.setOnAction(e -> onClose.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(12, title, gap);
        if (onReview != null) {
            Button review = new Button(messages.get(MessageKey.REVIEW_BUTTON));
            review.setId("instructor-review");
            review.setMinSize(64, 64);
            review.setFocusTraversable(false);
            review.visibleProperty().bind(vm.reviewableProperty().isNotNull());
            review.managedProperty().bind(review.visibleProperty());
            review.setOnAction(e -> onReview.run());
            top.getChildren().add(review);
        }
        if (onEnrol != null) {
            Button enrol = new Button(messages.get(MessageKey.ENROL_BUTTON));
            enrol.setId("instructor-enrol");
            enrol.setMinSize(64, 64);
            enrol.setFocusTraversable(false);
            enrol.setOnAction(e -> onEnrol.run());
            top.getChildren().add(enrol);
        }
        top.getChildren().add(close);
        top.setAlignment(Pos.CENTER_LEFT);
        status.setId("instructor-status");
        status.setWrapText(true);
        media.setId("instructor-media");
        media.getStyleClass().add("instructor-media");
        media.managedProperty().bind(media.visibleProperty());
        ScrollPane scroll = new ScrollPane(new VBox(12, status, media, rows));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("instructor-scroll");
        root.setTop(top);
        root.setCenter(scroll);
        vm.classesProperty().addListener((ListChangeListener<TodaysClass>) c -> showRows());
        vm.stateProperty().addListener((obs, was, now) -> showRows());
        vm.mediaProblemsProperty().addListener((ListChangeListener<MediaProblem>) c -> showMedia());
        RosterViewModel rosterVm = vm.roster();
        List.of(rosterVm.expandedProperty(), rosterVm.confirmingProperty(), rosterVm.clearingProperty(),
                rosterVm.messageProperty()).forEach(p -> p.addListener((obs, was, now) -> showRows()));
        showRows();
        showMedia();
    }

    public Parent node() {
        return root;
    }

    private void showRows() {
        rows.getChildren().setAll(vm.classesProperty().stream().map(this::row).toList());
        status.setText(switch (vm.stateProperty().get()) {
            case LOADING -> messages.get(MessageKey.INSTRUCTOR_LOADING);
            case UNAVAILABLE -> messages.get(MessageKey.INSTRUCTOR_UNAVAILABLE);
            case READY -> vm.classesProperty().isEmpty() ? messages.get(MessageKey.INSTRUCTOR_NONE) : "";
        });
        status.setVisible(!status.getText().isEmpty());
        status.setManaged(status.isVisible());
    }

    /** The first few media problems in words; the log has them all. */
    private void showMedia() {
        List<MediaProblem> problems = vm.mediaProblemsProperty();
        media.setVisible(!problems.isEmpty());
        if (problems.isEmpty()) {
            media.getChildren().clear();
            return;
        }
        Label title = new Label(messages.get(MessageKey.MEDIA_TITLE));
        title.getStyleClass().add("class-name");
        media.getChildren().setAll(title);
        for (MediaProblem p : problems.subList(0, Math.min(SHOWN_MEDIA_PROBLEMS, problems.size()))) {
            Label item = new Label(p.kind() == MediaProblem.Kind.MISSING
                    ? messages.format(MessageKey.MEDIA_MISSING, p.file())
                    : messages.format(MessageKey.MEDIA_UNPLAYABLE, p.file(), p.detail()));
            item.getStyleClass().add("instructor-media-item");
            media.getChildren().add(item);
        }
        if (problems.size() > SHOWN_MEDIA_PROBLEMS) {
            Label more = new Label(messages.format(MessageKey.MEDIA_MORE, problems.size() - SHOWN_MEDIA_PROBLEMS));
            more.getStyleClass().add("instructor-media-item");
            media.getChildren().add(more);
        }
    }

    private Node row(TodaysClass todays) {
        String id = todays.session().id().toString();
        Label name = new Label(todays.startTime() + "  " + todays.session().className());
        name.getStyleClass().add("class-name");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox head = new HBox(12, name, gap);
        head.setAlignment(Pos.CENTER_LEFT);
        if (todays.startable()) {
            Button start = new Button(messages.get(MessageKey.INSTRUCTOR_START));
            start.setId("instructor-start-" + id);
            start.getStyleClass().add("instructor-start");
            start.setMinSize(64, 64);
            start.setOnAction(e -> vm.start(todays));
            head.getChildren().add(start);
        } else {
            Label none = new Label(messages.get(MessageKey.INSTRUCTOR_NO_PROGRAMME));
            none.getStyleClass().add("classes-status");
            head.getChildren().add(none);
        }
        VBox roster = new VBox(4);
        roster.setId("instructor-roster-" + id);
        roster.getStyleClass().add("instructor-roster");
        if (todays.roster().isEmpty()) {
            roster.getChildren().add(new Label(messages.get(MessageKey.INSTRUCTOR_ROSTER_EMPTY)));
        }
        for (RosterEntry entry : todays.roster()) {
            roster.getChildren().add(RosterRow.of(vm, todays, entry, messages));
        }
        VBox card = new VBox(8, head, roster);
        card.getStyleClass().addAll("idle-classes", "instructor-class");
        return card;
    }
}
