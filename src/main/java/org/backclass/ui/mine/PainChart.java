package org.backclass.ui.mine;

import java.util.List;
import java.util.stream.IntStream;
import javafx.collections.FXCollections;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import org.backclass.ui.mine.MyProgressPage.PainPoint;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The pain trend: one line for the answers before class, one for after, over the sessions of the
 * course (0–10 upwards). Sessions without an answer leave a gap in the points, not a zero.
 * Create and use on the FX thread.
 */
final class PainChart {

    private final Messages messages;
    private final CategoryAxis sessions = new CategoryAxis();
    private final NumberAxis pain = new NumberAxis(0, 10, 2);
    private final LineChart<String, Number> chart = new LineChart<>(sessions, pain);

    PainChart(Messages messages) {
        this.messages = messages;
        chart.setId("my-progress-chart");
        chart.getStyleClass().add("my-progress-chart");
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinSize(0, 0);
        chart.setPrefSize(300, 160);
        sessions.setAutoRanging(false);
        sessions.setAnimated(false);
        sessions.setLabel(messages.get(MessageKey.MINE_PAIN_AXIS));
        pain.setAutoRanging(false);
        pain.setAnimated(false);
        pain.setMinorTickVisible(false);
    }

    LineChart<String, Number> node() {
        return chart;
    }

    /** Shows these sessions' answers; an empty list empties the chart. */
    void show(int sessionCount, List<PainPoint> points) {
        chart.getData().clear();
        sessions.getCategories().clear();
        if (points.isEmpty()) {
            return;
        }
        sessions.setCategories(FXCollections.observableArrayList(
                IntStream.rangeClosed(1, sessionCount).mapToObj(String::valueOf).toList()));
        XYChart.Series<String, Number> before = new XYChart.Series<>();
        before.setName(messages.get(MessageKey.MINE_PAIN_BEFORE));
        XYChart.Series<String, Number> after = new XYChart.Series<>();
        after.setName(messages.get(MessageKey.MINE_PAIN_AFTER));
        for (PainPoint p : points) {
            if (p.before() != null) {
                before.getData().add(new XYChart.Data<>(String.valueOf(p.session()), p.before()));
            }
            if (p.after() != null) {
                after.getData().add(new XYChart.Data<>(String.valueOf(p.session()), p.after()));
            }
        }
        chart.getData().setAll(List.of(before, after));
    }
}
