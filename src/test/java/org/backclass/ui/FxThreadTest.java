package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

class FxThreadTest {

    private final FxThread fx = new FxThread();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsWorkOnTheFxThreadInOrderAndSurvivesFailingWork() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        fx.execute(() -> ran.add("first on FX: " + Platform.isFxApplicationThread()));
        fx.execute(() -> {
            throw new IllegalStateException("a broken screen update");
        });
        fx.execute(() -> ran.add("third on FX: " + Platform.isFxApplicationThread()));
        fx.execute(done::countDown);

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).containsExactly("first on FX: true", "third on FX: true");
    }

    @Test
    void workSubmittedOnTheFxThreadRunsLaterNotInline() throws InterruptedException {
        List<String> order = new CopyOnWriteArrayList<>();
        CountDownLatch done = new CountDownLatch(1);

        fx.execute(() -> {
            fx.execute(() -> {
                order.add("hopped");
                done.countDown();
            });
            order.add("caller finished");
        });

        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(order).containsExactly("caller finished", "hopped");
    }
}
