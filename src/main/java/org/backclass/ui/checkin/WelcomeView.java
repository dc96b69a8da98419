package org.backclass.ui.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The welcome screen, built in code: greeting, class, session count and the 0–10 pain row.
 * Only binds to {@link WelcomeViewModel} and forwards taps to it. Create and use on the FX
 * thread.
 */
public final class WelcomeView {

    private final WelcomeViewModel vm;
    private final Messages messages;

    private final VBox root = new VBox();
    private final Label greeting = new Label();
    private final Label name = new Label();
    private final Label classLine = new Label();
    private final Label sessionLine = new Label();
    private final Label question = new Label();
    private final List<Button> painButtons = new ArrayList<>();
    private final Label low = new Label();
    private final Label high = new Label();
    private final Button skip = new Button();
    private final VBox asking = new VBox();
    private final Label status = new Label();
    private final Button ok = new Button();
    private final Button routine = new Button();
    private final VBox consentBox = new VBox();
    private final VBox redFlagBox = new VBox();
    private final Button withdraw = new Button();
    private final VBox answered = new VBox();

    public WelcomeView(WelcomeViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        initializeComponents();
        layoutComponents();
        setupEventHandlers();
        setupBindings();
    }

    public Parent node() {
        return root;
    }

    private void initializeComponents() {
        root.setId("welcome-screen");
        root.getStyleClass().addAll("screen", "welcome-screen");
        greeting.getStyleClass().add("welcome-greeting");
        greeting.setText(messages.get(MessageKey.WELCOME_GREETING));
        name.setId("welcome-name");
        name.getStyleClass().add("welcome-name");
        classLine.setId("welcome-class");
        classLine.getStyleClass().add("welcome-class");
        classLine.setWrapText(true);
        sessionLine.setId("welcome-session");
        sessionLine.getStyleClass().add("welcome-session");
        question.getStyleClass().add("pain-question");
        question.textProperty().bind(Bindings.when(vm.morningQuestionProperty())
                .then(messages.get(MessageKey.PAIN_MORNING_QUESTION)).otherwise(messages.get(MessageKey.PAIN_QUESTION)));
        question.setWrapText(true);
        for (int score = 0; score <= 10; score++) {
            Button b = touchButton("pain-" + score, String.valueOf(score), "pain-button");
            b.setMaxWidth(Double.MAX_VALUE);
            painButtons.add(b);
        }
        low.getStyleClass().add("pain-anchor");
        low.setText(messages.get(MessageKey.PAIN_LOW));
        high.getStyleClass().add("pain-anchor");
        high.setText(messages.get(MessageKey.PAIN_HIGH));
        skip.setId("pain-skip");
        skip.getStyleClass().add("skip-button");
        skip.setText(messages.get(MessageKey.PAIN_SKIP));
        skip.setFocusTraversable(false);
        status.getStyleClass().add("pain-status");
        status.setWrapText(true);
        ok.setId("pain-ok");
        ok.getStyleClass().add("done-button");
        ok.setText(messages.get(MessageKey.NOTICE_DONE));
        ok.setFocusTraversable(false);
        routine.setId("welcome-routine");
        routine.getStyleClass().add("routine-button");
        routine.setText(messages.get(MessageKey.ROUTINE_START));
        routine.setFocusTraversable(false);
        routine.managedProperty().bind(routine.visibleProperty());
        fillYesNo(consentBox, "consent-question", MessageKey.CONSENT_QUESTION, MessageKey.CONSENT_DETAIL,
                "consent-detail", touchButton("consent-yes", messages.get(MessageKey.CONSENT_YES), "done-button"),
                touchButton("consent-no", messages.get(MessageKey.CONSENT_NO), "skip-button"), vm::answerConsent);
        withdraw.setId("consent-withdraw");
        withdraw.getStyleClass().add("consent-withdraw");
        withdraw.setText(messages.get(MessageKey.CONSENT_WITHDRAW));
        withdraw.setFocusTraversable(false);
        withdraw.setOnAction(e -> vm.withdrawConsent());
        buildRedFlagBox();
    }

    /** The red-flag check: one question, the symptoms in plain words, two equal answers. */
    private void buildRedFlagBox() {
        // "None of these" is the yes-button's place: the usual answer, and it leads on.
        fillYesNo(redFlagBox, "red-flag-question", MessageKey.RED_FLAG_QUESTION, MessageKey.RED_FLAG_LIST,
                "red-flag-list", touchButton("red-flag-none", messages.get(MessageKey.RED_FLAG_NONE), "done-button"),
                touchButton("red-flag-yes", messages.get(MessageKey.RED_FLAG_YES), "skip-button"),
                none -> vm.answerRedFlags(!none));
    }

    /** A question, its explanation and two equal answers; {@code answer} gets true for the first. */
    private void fillYesNo(VBox box, String id, MessageKey question, MessageKey detail, String detailStyle,
            Button first, Button second, java.util.function.Consumer<Boolean> answer) {
        Label q = new Label(messages.get(question));
        q.getStyleClass().add("pain-question");
        q.setWrapText(true);
        Label d = new Label(messages.get(detail));
        d.getStyleClass().add(detailStyle);
        d.setWrapText(true);
        first.setOnAction(e -> answer.accept(true));
        second.setOnAction(e -> answer.accept(false));
        HBox buttons = new HBox(first, second);
        buttons.getStyleClass().add("welcome-actions");
        buttons.setAlignment(Pos.CENTER);
        box.getChildren().setAll(q, d, buttons);
        box.setId(id);
        box.getStyleClass().add("pain-asking");
        box.setAlignment(Pos.TOP_CENTER);
    }

    /** Card readers that type like keyboards end with Enter: no button may hold the focus. */
    private static Button touchButton(String id, String text, String styleClass) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(styleClass);
        b.setFocusTraversable(false);
        return b;
    }

    private void layoutComponents() {
        HBox greetingRow = new HBox(greeting, name);
        greetingRow.getStyleClass().add("greeting-row");
        greetingRow.setAlignment(Pos.BASELINE_CENTER);

        HBox painRow = new HBox();
        painRow.getStyleClass().add("pain-row");
        painRow.getChildren().setAll(painButtons);
        painButtons.forEach(b -> HBox.setHgrow(b, Priority.ALWAYS));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox anchors = new HBox(low, gap, high);
        anchors.getStyleClass().add("pain-anchors");
        HBox askingActions = new HBox(skip, withdraw);
        askingActions.getStyleClass().add("welcome-actions");
        askingActions.setAlignment(Pos.CENTER);
        asking.getChildren().setAll(question, painRow, anchors, askingActions);
        asking.getStyleClass().add("pain-asking");
        asking.setAlignment(Pos.TOP_CENTER);

        HBox actions = new HBox(routine, ok);
        actions.getStyleClass().add("welcome-actions");
        actions.setAlignment(Pos.CENTER);
        answered.getChildren().setAll(status, actions);
        answered.getStyleClass().add("pain-answered");
        answered.setId("pain-answered");
        answered.setAlignment(Pos.CENTER);

        StackPane answerArea = new StackPane(consentBox, redFlagBox, asking, answered);
        if (vm.progressCheck() != null) {
            answerArea.getChildren().add(progressCheck(vm.progressCheck()));
        }
        answerArea.getStyleClass().add("answer-area");
        root.getChildren().setAll(greetingRow, classLine, sessionLine, answerArea);
        root.setAlignment(Pos.CENTER);
    }

    /** The progress check in place of the other answers; the class lines make room for it meanwhile. */
    private Node progressCheck(ProgressCheckViewModel check) {
        Node view = new ProgressCheckView(check, messages).node();
        BooleanBinding checking = vm.painStateProperty().isEqualTo(PainState.PROGRESS_CHECK);
        view.visibleProperty().bind(checking);
        for (Label line : List.of(classLine, sessionLine)) {
            line.visibleProperty().bind(checking.not());
            line.managedProperty().bind(line.visibleProperty());
        }
        return view;
    }

    private void setupEventHandlers() {
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            painButtons.get(score).setOnAction(e -> vm.answer(chosen));
        }
        skip.setOnAction(e -> vm.skip());
        ok.setOnAction(e -> vm.dismiss());
        routine.setOnAction(e -> vm.startRoutine());
    }

    private void setupBindings() {
        name.textProperty().bind(vm.nameProperty());
        classLine.textProperty().bind(vm.classLineProperty());
        sessionLine.textProperty().bind(vm.sessionLineProperty());

        BooleanBinding stillAsking = Bindings.createBooleanBinding(
                () -> vm.painStateProperty().get() == PainState.ASKING
                        || vm.painStateProperty().get() == PainState.SAVING,
                vm.painStateProperty());
        BooleanBinding askingConsent = vm.painStateProperty().isEqualTo(PainState.CONSENT)
                .or(vm.painStateProperty().isEqualTo(PainState.SAVING_CONSENT));
        consentBox.disableProperty().bind(vm.painStateProperty().isEqualTo(PainState.SAVING_CONSENT));
        consentBox.visibleProperty().bind(askingConsent);
        asking.visibleProperty().bind(stillAsking);
        BooleanBinding checkingRedFlags = vm.painStateProperty().isEqualTo(PainState.RED_FLAGS)
                .or(vm.painStateProperty().isEqualTo(PainState.SAVING_RED_FLAGS));
        redFlagBox.visibleProperty().bind(checkingRedFlags);
        redFlagBox.disableProperty().bind(vm.painStateProperty().isEqualTo(PainState.SAVING_RED_FLAGS));
        answered.visibleProperty().bind(stillAsking.not().and(askingConsent.not()).and(checkingRedFlags.not())
                .and(vm.painStateProperty().isNotEqualTo(PainState.PROGRESS_CHECK)));
        status.textProperty().bind(Bindings.createStringBinding(this::statusText, vm.painStateProperty()));
        routine.visibleProperty().bind(vm.routineOfferedProperty());
        vm.painStateProperty().addListener((obs, was, now) -> {
            status.getStyleClass().remove("failed");
            if (now == PainState.FAILED) {
                status.getStyleClass().add("failed");
            }
        });
        vm.selectedScoreProperty().addListener((obs, was, now) -> markSelected(now.intValue()));
        markSelected(vm.selectedScoreProperty().get());
    }

    private String statusText() {
        return switch (vm.painStateProperty().get()) {
            case ASKING, SAVING -> "";
            case THANKS -> messages.get(MessageKey.PAIN_THANKS);
            case FAILED -> messages.get(MessageKey.PAIN_FAILED);
            case SKIPPED -> messages.get(MessageKey.ROUTINE_PROMPT);
            case NO_QUESTIONS -> vm.routineOfferedProperty().get() ? messages.get(MessageKey.ROUTINE_PROMPT)
                    : messages.get(MessageKey.WELCOME_ENJOY);
            case CONSENT, SAVING_CONSENT, RED_FLAGS, SAVING_RED_FLAGS, PROGRESS_CHECK -> "";
            case RED_FLAG_STOP -> messages.get(MessageKey.RED_FLAG_STOP);
        };
    }

    private void markSelected(int score) {
        for (int i = 0; i < painButtons.size(); i++) {
            List<String> classes = painButtons.get(i).getStyleClass();
            classes.remove("selected");
            if (i == score) {
                classes.add("selected");
            }
        }
    }
}
