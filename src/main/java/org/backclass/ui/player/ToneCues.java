package org.backclass.ui.player;

import java.util.Objects;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.session.RunnerSnapshot;
import org.backclass.session.RunnerState;
import org.backclass.session.Step;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the player sounds a countdown tone, decided from the snapshots it renders, so tones
 * follow exactly what the screen shows:
 * <ul>
 *   <li>a warning when the 3-2-1 number changes to a non-zero value while the class runs, once
 *       per value;</li>
 *   <li>go when a later step starts while the class runs (its time ran out, or the instructor
 *       pressed next) and the step before was a countdown step.</li>
 * </ul>
 * Comparing with the previous snapshot, not reacting to commands, is what keeps pause, resume,
 * the first render and a re-render of the same moment silent: none of them changes the step
 * or the number. Nothing sounds once the class is over.
 *
 * <p>Threading: FX thread only, like {@link PlayerViewModel}.
 */
final class ToneCues {

    private static final Logger LOG = LoggerFactory.getLogger(ToneCues.class);

    private final CountdownTones tones;
    private RunnerSnapshot last;

    ToneCues(CountdownTones tones) {
        this.tones = Objects.requireNonNull(tones, "tones");
    }

    /** Called with every snapshot the player renders, in order. */
    void rendered(RunnerSnapshot now) {
        RunnerSnapshot before = last;
        last = now;
        if (before == null || now.state() != RunnerState.RUNNING) {
            return;
        }
        boolean newStep = now.stepNumber() != before.stepNumber();
        try {
            if (before.state() == RunnerState.RUNNING && now.stepNumber() > before.stepNumber()
                    && before.current().map(Step::isCountdown).orElse(false)) {
                // The go tone stands for this moment; a short new step's own 3-2-1 starts after it.
                tones.go();
            } else if (now.warning() > 0 && (now.warning() != before.warning() || newStep)) {
                tones.warning(now.warning());
            }
        } catch (RuntimeException e) {
            // The port must not throw; if one does anyway, the class goes on without the tone.
            LOG.warn("Countdown tone failed; the class goes on", e);
        }
    }
}
