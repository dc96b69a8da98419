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
    NOTICE_DONE("notice.done"),

    PLAYER_KIND_WORK("player.kind.work"),
    PLAYER_KIND_REST("player.kind.rest"),
    PLAYER_KIND_SWITCH("player.kind.switch"),
    PLAYER_KIND_EDUCATION("player.kind.education"),
    PLAYER_BREAK("player.break"),
    PLAYER_EDUCATION("player.education"),
    PLAYER_FINISHED("player.finished"),
    PLAYER_REPS("player.reps"),
    PLAYER_SET("player.set"),
    PLAYER_SIDE_LEFT("player.side.left"),
    PLAYER_SIDE_RIGHT("player.side.right"),
    PLAYER_NEXT("player.next"),
    PLAYER_NEXT_SET("player.next.set"),
    PLAYER_NEXT_NONE("player.next.none"),
    PLAYER_LEVEL("player.level"),
    PLAYER_NO_POSTER("player.noPoster"),
    PLAYER_PAUSED("player.paused"),
    PLAYER_START("player.start"),
    PLAYER_PAUSE("player.pause"),
    PLAYER_RESUME("player.resume"),
    PLAYER_PREVIOUS("player.previous"),
    PLAYER_SKIP("player.skip"),
    PLAYER_EXTEND("player.extend"),
    PLAYER_END("player.end"),

    INSTRUCTOR_BUTTON("instructor.button"),
    PIN_TITLE("pin.title"),
    PIN_CLEAR("pin.clear"),
    PIN_OK("pin.ok"),
    PIN_CANCEL("pin.cancel"),
    PIN_WRONG("pin.wrong"),
    PIN_LOCKED("pin.locked"),
    PIN_NONE("pin.none"),
    INSTRUCTOR_TITLE("instructor.title"),
    INSTRUCTOR_LOADING("instructor.loading"),
    INSTRUCTOR_NONE("instructor.none"),
    INSTRUCTOR_UNAVAILABLE("instructor.unavailable"),
    INSTRUCTOR_ROSTER_EMPTY("instructor.roster.empty"),
    INSTRUCTOR_PAIN("instructor.pain"),
    INSTRUCTOR_PAIN_SKIPPED("instructor.pain.skipped"),
    INSTRUCTOR_START("instructor.start"),
    INSTRUCTOR_NO_PROGRAMME("instructor.noProgramme"),
    INSTRUCTOR_CLOSE("instructor.close"),
    READER_OFFLINE_NOTICE("reader.offlineNotice"),
    READER_ONLINE("reader.online"),
    READER_OFFLINE("reader.offline"),
    READER_NO_CARD_YET("reader.noCardYet"),
    READER_LAST_CARD("reader.lastCard"),
    READER_ERRORS("reader.errors"),
    ENROL_BUTTON("enrol.button"),
    ENROL_TITLE("enrol.title"),
    ENROL_WAITING("enrol.waiting"),
    ENROL_KNOWN("enrol.known"),
    ENROL_UNREADABLE("enrol.unreadable"),
    ENROL_CHOOSE("enrol.choose"),
    ENROL_CONFIRM("enrol.confirm"),
    ENROL_DONE("enrol.done"),
    ENROL_REVOKED("enrol.revoked"),
    ENROL_COLLISION("enrol.collision"),
    ENROL_FAILED("enrol.failed"),
    ENROL_REVOKE("enrol.revoke"),
    ENROL_OK("enrol.ok"),
    ENROL_BACK("enrol.back"),
    ENROL_AGAIN("enrol.again"),
    ENROL_NO_MATCH("enrol.noMatch"),
    CONSENT_QUESTION("consent.question"),
    CONSENT_DETAIL("consent.detail"),
    CONSENT_YES("consent.yes"),
    CONSENT_NO("consent.no"),
    CONSENT_WITHDRAW("consent.withdraw"),
    WELCOME_ENJOY("welcome.enjoy"),
    ROUTINE_START("routine.start"),
    ROUTINE_PROMPT("routine.prompt"),
    MEDIA_TITLE("media.title"),
    MEDIA_MISSING("media.missing"),
    MEDIA_UNPLAYABLE("media.unplayable"),
    MEDIA_MORE("media.more"),
    MEDIA_NOTICE("media.notice");

    private final String key;

    MessageKey(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
