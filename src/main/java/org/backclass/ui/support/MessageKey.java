package org.backclass.ui.support;

/**
 * Every fixed text the screens show, by bundle key. Code names texts only through these
 * constants, so a test can prove that each one exists in every language. The rotating tips
 * ({@code tip.1}, {@code tip.2}, …) are numbered keys read by {@link Messages#tips()}.
 */
public enum MessageKey {
    APP_TITLE("app.title"),

    IDLE_PROMPT("idle.prompt"),
    IDLE_PROMPT_HINT("idle.prompt.hint"),
    IDLE_CLASSES_TITLE("idle.classes.title"),
    IDLE_CLASSES_LOADING("idle.classes.loading"),
    IDLE_CLASSES_NONE("idle.classes.none"),
    IDLE_CLASSES_UNAVAILABLE("idle.classes.unavailable"),
    IDLE_CLASS_STARTED("idle.class.started"),

    WELCOME_GREETING("welcome.greeting"),
    WELCOME_CLASS("welcome.class"),
    WELCOME_CLASS_ROOM("welcome.class.room"),
    WELCOME_OPEN_GYM("welcome.openGym"),
    WELCOME_SESSION("welcome.session"),

    PAIN_QUESTION("pain.question"),
    PAIN_LOW("pain.low"),
    PAIN_HIGH("pain.high"),
    PAIN_SKIP("pain.skip"),
    PAIN_THANKS("pain.thanks"),
    PAIN_FAILED("pain.failed"),

    ALREADY_HEADLINE("already.headline"),
    ALREADY_BODY_CLASS("already.body.class"),
    ALREADY_BODY_OPEN_GYM("already.body.openGym"),
    UNKNOWN_HEADLINE("unknown.headline"),
    UNKNOWN_BODY("unknown.body"),
    FAILED_HEADLINE("failed.headline"),
    FAILED_BODY("failed.body"),
    NOTICE_DONE("notice.done");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
