package org.backclass.session;

import java.util.Objects;

/**
 * What a command did. Commands never throw for being in the wrong state: they are ignored
 * and say why, so a double-tapped button is harmless.
 *
 * @param accepted true if the command changed the runner
 * @param state    the runner's state after the command
 * @param reason   a short English reason when ignored (for logs, not for members), else empty
 */
public record CommandResult(Command command, boolean accepted, RunnerState state, String reason) {

    public CommandResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(reason, "reason");
    }

    static CommandResult accepted(Command command, RunnerState state) {
        return new CommandResult(command, true, state, "");
    }

    static CommandResult ignored(Command command, RunnerState state, String reason) {
        return new CommandResult(command, false, state, reason);
    }
}
