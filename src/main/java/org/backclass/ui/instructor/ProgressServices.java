package org.backclass.ui.instructor;

import java.util.Objects;
import org.backclass.domain.progress.adherence.AdherenceQueries;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.domain.progress.review.ProposalService;
import org.backclass.domain.redflag.RedFlagStore;
import org.backclass.ui.feedback.AfterClass;

/**
 * What the instructor's screens show of members' progress and health.
 *
 * @param adherence  sessions this week, attendance %, missed classes for the roster; null: not shown
 * @param redFlags   open red flags for the roster; null: not shown
 * @param afterClass the "how was it?" questions after a class; null: not asked
 * @param painZones  the site's green/amber/red pain thresholds for the roster's colours
 * @param proposals  progression proposals after a class for the instructor to decide; null: no
 *                   "Review levels"
 */
public record ProgressServices(AdherenceQueries adherence, RedFlagStore redFlags, AfterClass afterClass,
        ProgressionRules painZones, ProposalService proposals) {

    public ProgressServices {
        Objects.requireNonNull(painZones, "painZones");
    }

    /** Nothing shown or asked; the default pain zones. */
    public static ProgressServices none() {
        return new ProgressServices(null, null, null, ProgressionRules.defaults(), null);
    }
}
