package org.backclass.config.content;

/**
 * Small, valid content files for the broken-file tests: two exercises (alpha, beta), two
 * programmes (p-one uses both, p-two only alpha) and one timetable slot for each programme.
 * Tests break one spot and mark the line they expect in the report with {@code #<}.
 */
final class ContentFixture {

    private ContentFixture() {
    }

    static String exercises() {
        return "exercises:\n" + exercise("alpha", "mobility", "extensors") + exercise("beta", "strength", "obliques");
    }

    private static String exercise(String id, String category, String muscle) {
        StringBuilder levels = new StringBuilder();
        for (int level = 1; level <= 3; level++) {
            levels.append("      - {level: ").append(level)
                    .append(", name: {en: \"").append(id).append(" ").append(level)
                    .append("\", de: \"").append(id).append(" Stufe ").append(level)
                    .append("\"}, howTo: {en: \"Do it\", de: \"Machen Sie es\"}, dose: {reps: 8, sets: 2, rest: 30}, demo: ")
                    .append(id).append("-").append(level).append("}\n");
        }
        return """
                  - id: %1$s
                    name: {en: "%1$s", de: "%1$s auf Deutsch"}
                    category: %2$s
                    muscles: [%3$s]
                    source: "Lumbar stabilisation"
                    levels:
                %4$s    cues:
                      - {en: "%1$s cue one", de: "%1$s Hinweis eins"}
                      - {en: "%1$s cue two", de: "%1$s Hinweis zwei"}
                      - {en: "%1$s cue three", de: "%1$s Hinweis drei"}
                    mistakes:
                      - {en: "%1$s mistake", de: "%1$s Fehler"}
                    cautions:
                      - {en: "%1$s caution", de: "%1$s Vorsicht"}
                """.formatted(id, category, muscle, levels);
    }

    static String programmes() {
        return """
                programmes:
                  - id: p-one
                    name: {en: "One", de: "Eins"}
                    description: {en: "First", de: "Erstes"}
                    weeks: 8
                    sessionsPerWeek: 2
                    items:
                      - {section: warm-up, exercise: alpha, level: 1}
                      - {rest: 60}
                      - {section: main, exercise: beta}
                      - {education: pain-alarm, title: {en: "Pain", de: "Schmerz"}, body: {en: "Alarm", de: "Alarm"}, seconds: 60}
                  - id: p-two
                    name: {en: "Two", de: "Zwei"}
                    description: {en: "Second", de: "Zweites"}
                    weeks: 4
                    sessionsPerWeek: 3
                    individual: true
                    items:
                      - {section: main, exercise: alpha}
                """;
    }

    static String timetable() {
        return """
                slots:
                  - classType: one
                    className: "Class one"
                    programme: p-one
                    weekday: monday
                    time: "18:00"
                    room: "Studio 1"
                    instructor: "Anna Keller"
                    capacity: 10
                  - classType: two
                    className: "Class two"
                    programme: p-two
                    weekday: thursday
                    time: "09:30"
                    room: "Studio 2"
                    instructor: "Jonas Weber"
                    capacity: 8
                """;
    }
}
