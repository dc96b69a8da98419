package org.backclass.ui.player;

import org.backclass.session.RunnerSnapshot;
import org.backclass.session.RunnerState;
import org.backclass.session.Side;
import org.backclass.session.Step;
import org.backclass.session.StepKind;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/** Turns a {@link RunnerSnapshot} into the player's texts. Stateless apart from the messages. */
final class PlayerTexts {

    private final Messages messages;

    PlayerTexts(Messages messages) {
        this.messages = messages;
    }

    static PlayerState stateOf(RunnerState state) {
        return switch (state) {
            case NOT_STARTED -> PlayerState.NOT_STARTED;
            case RUNNING -> PlayerState.RUNNING;
            case PAUSED -> PlayerState.PAUSED;
            case FINISHED, ENDED_EARLY -> PlayerState.FINISHED;
        };
    }

    /** {@code m:ss}, for example 0:45 or 12:05. */
    static String minutesSeconds(int seconds) {
        int s = Math.max(0, seconds);
        return (s / 60) + ":" + String.format(java.util.Locale.ROOT, "%02d", s % 60);
    }

    String toggle(PlayerState state) {
        return messages.get(switch (state) {
            case NOT_STARTED -> MessageKey.PLAYER_START;
            case RUNNING, FINISHED -> MessageKey.PLAYER_PAUSE;
            case PAUSED -> MessageKey.PLAYER_RESUME;
        });
    }

    /** The exercise name, or what a step outside an exercise is. */
    String title(RunnerSnapshot s) {
        if (s.state().isOver()) {
            return messages.get(MessageKey.PLAYER_FINISHED);
        }
        return s.current().map(this::title).orElse("");
    }

    private String title(Step step) {
        if (step.kind() == StepKind.EDUCATION) {
            return step.topic().map(t -> t.title()).filter(t -> !t.isBlank())
                    .orElseGet(() -> messages.get(MessageKey.PLAYER_EDUCATION));
        }
        return step.exercise().map(ref -> ref.name()).orElseGet(() -> messages.get(MessageKey.PLAYER_BREAK));
    }

    String kind(RunnerSnapshot s) {
        if (s.state() == RunnerState.PAUSED) {
            return messages.get(MessageKey.PLAYER_PAUSED);
        }
        return s.current().map(step -> messages.get(switch (step.kind()) {
            case WORK -> MessageKey.PLAYER_KIND_WORK;
            case REST -> MessageKey.PLAYER_KIND_REST;
            case SWITCH_SIDES -> MessageKey.PLAYER_KIND_SWITCH;
            case EDUCATION -> MessageKey.PLAYER_KIND_EDUCATION;
        })).orElse("");
    }

    String counter(RunnerSnapshot s) {
        return s.current().map(step -> step.isRepWork()
                ? messages.format(MessageKey.PLAYER_REPS, Math.max(1, s.currentRep()), step.repTarget())
                : minutesSeconds(s.remainingSeconds())).orElse("");
    }

    String set(RunnerSnapshot s) {
        return s.set() > 0 ? messages.format(MessageKey.PLAYER_SET, s.set(), s.setCount()) : "";
    }

    String side(RunnerSnapshot s) {
        Side side = s.side();
        return switch (side) {
            case LEFT -> messages.get(MessageKey.PLAYER_SIDE_LEFT);
            case RIGHT -> messages.get(MessageKey.PLAYER_SIDE_RIGHT);
            case BOTH -> "";
        };
    }

    String nextUp(RunnerSnapshot s) {
        if (s.state().isOver()) {
            return "";
        }
        return s.nextUp().map(step -> step.setCount() > 1
                        ? messages.format(MessageKey.PLAYER_NEXT_SET, title(step), step.set())
                        : messages.format(MessageKey.PLAYER_NEXT, title(step)))
                .orElseGet(() -> messages.get(MessageKey.PLAYER_NEXT_NONE));
    }
}
