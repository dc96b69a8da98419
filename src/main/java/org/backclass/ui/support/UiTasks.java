package org.backclass.ui.support;

import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Blocking work for a screen: run on the background executor, then its follow-up on the UI
 * thread — but only if the screen still shows what the work was for. Failures (including a
 * stopped executor) come back to the UI thread too, under the same condition.
 */
public final class UiTasks {

    private final UiContext ctx;

    public UiTasks(UiContext ctx) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
    }

    /**
     * @param stillCurrent checked on the UI thread before {@code then} or {@code failed} runs
     */
    public void run(Runnable work, BooleanSupplier stillCurrent, Runnable then, Consumer<RuntimeException> failed) {
        try {
            ctx.background().execute(() -> {
                try {
                    work.run();
                    ctx.ui().execute(() -> {
                        if (stillCurrent.getAsBoolean()) {
                            then.run();
                        }
                    });
                } catch (RuntimeException e) {
                    ctx.ui().execute(() -> failed.accept(e));
                }
            });
        } catch (RejectedExecutionException e) {
            failed.accept(e);
        }
    }
}
