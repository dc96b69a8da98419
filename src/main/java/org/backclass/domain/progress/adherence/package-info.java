/**
 * Adherence: how regularly a member comes, because people who skip sessions drop back to
 * baseline (DOMAIN.md rule 7). Pure rules in {@link org.backclass.domain.progress.adherence.AdherenceCalculator},
 * the numbers in {@link org.backclass.domain.progress.adherence.AdherencePlan} (GLA:D Back by
 * default: 2 sessions a week, 16 over 8 weeks), the read port
 * {@link org.backclass.domain.progress.adherence.AdherenceQueries}.
 *
 * <p>The rules, in one place:
 * <ul>
 *   <li><b>Session.</b> A day with at least one visit, class or open gym. Two taps on one day
 *       (an early tap that became open gym, then the class) are one session, not two.</li>
 *   <li><b>Course.</b> Starts on the member's first visit and lasts
 *       {@link org.backclass.domain.progress.adherence.AdherencePlan#courseWeeks()} weeks.</li>
 *   <li><b>Expected sessions.</b> Only scheduled classes can be missed, and only those of the
 *       member's own weekly slots: the timetable slots they attended most often in the four
 *       weeks up to their latest class visit, at most as many slots as the plan has sessions a
 *       week. Anchoring the four weeks on the latest class visit, not on today, keeps a member
 *       who stopped coming expected (and flagged) until they come back. One-off classes and
 *       open gym are never expected. A class day the kiosk never opened has no session row and
 *       so cannot be missed.</li>
 *   <li><b>Judged.</b> An expected session is judged once its day is over (days before today),
 *       so nobody is counted absent from a class that has not happened yet, or that they are
 *       still tapping in for. It counts as attended when the member checked in for it or
 *       visited on the same day (a tap outside the check-in window lands in open gym).</li>
 *   <li><b>Weeks.</b> ISO weeks, Monday to Sunday, of the days stored with the visits.</li>
 * </ul>
 */
package org.backclass.domain.progress.adherence;
