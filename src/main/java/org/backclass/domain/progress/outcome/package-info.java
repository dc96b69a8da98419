/**
 * Outcomes: the progress check a member is asked at tap-in — back pain on average over the past
 * week (NRS 0–10) and the Patient-Specific Functional Scale (three everyday activities in their
 * own words, each rated 0 = unable to 10 = as before the back problem) — at baseline, the end of
 * the course and 3, 6 and 12 months, as GLA:D Back measures outcomes (DOMAIN.md rule 9). Only
 * measures free to use; licensed questionnaires (ODI, RMDQ) are not asked. When a check is due:
 * {@link org.backclass.domain.progress.outcome.OutcomeSchedule} (pure); storage:
 * {@link org.backclass.domain.progress.outcome.OutcomeStore}; the service the screens and the API
 * use: {@link org.backclass.domain.progress.outcome.OutcomeService}.
 */
package org.backclass.domain.progress.outcome;
