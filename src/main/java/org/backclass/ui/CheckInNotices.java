package org.backclass.ui;

import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.ui.checkin.NoticeViewModel;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.UiContext;

/**
 * The three calm notices a tap can lead to — already checked in, unknown card, check-in failed —
 * and their wording. Personal (the already-checked-in notice names the member): cleared with the
 * other screens. UI thread only.
 */
final class CheckInNotices {

    private final UiContext ctx;
    private final NoticeViewModel already = new NoticeViewModel();
    private final NoticeViewModel unknownCard = new NoticeViewModel();
    private final NoticeViewModel checkInFailed = new NoticeViewModel();

    CheckInNotices(UiContext ctx) {
        this.ctx = ctx;
    }

    NoticeViewModel already() {
        return already;
    }

    NoticeViewModel unknownCard() {
        return unknownCard;
    }

    NoticeViewModel checkInFailed() {
        return checkInFailed;
    }

    void showAlready(CheckInOutcome.AlreadyCheckedIn again) {
        Messages m = ctx.messages();
        String name = unbroken(again.shortName());
        String body = again.session() == null
                ? m.format(MessageKey.ALREADY_BODY_OPEN_GYM, name)
                : m.format(MessageKey.ALREADY_BODY_CLASS, again.session().className(),
                        TimeText.hoursMinutes(again.session().startsAt(), ctx.clock().getZone()), name);
        already.show(m.get(MessageKey.ALREADY_HEADLINE), body);
    }

    void showUnknownCard() {
        unknownCard.show(ctx.messages().get(MessageKey.UNKNOWN_HEADLINE), ctx.messages().get(MessageKey.UNKNOWN_BODY));
    }

    /** A tap the front desk asked for (to enrol the card): it checked nobody in. Shown on the unknown-card notice. */
    void showReadForDesk(boolean readable) {
        unknownCard.show(ctx.messages().get(MessageKey.DESK_HEADLINE),
                ctx.messages().get(readable ? MessageKey.DESK_BODY : MessageKey.DESK_UNREADABLE_BODY));
    }

    void showCheckInFailed() {
        checkInFailed.show(ctx.messages().get(MessageKey.FAILED_HEADLINE), ctx.messages().get(MessageKey.FAILED_BODY));
    }

    void clear() {
        already.clear();
        unknownCard.clear();
        checkInFailed.clear();
    }

    /** Inside running text a name must not wrap between "Anna" and "K.". */
    private static String unbroken(String shortName) {
        return shortName.replace(' ', '\u00A0');
    }
}
