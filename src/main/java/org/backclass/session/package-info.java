/**
 * The class runner: pure, no UI, no storage, no wall clock.
 *
 * <p>A {@link org.backclass.session.SessionPlan} (the runner's own input model: exercise, rest
 * and education items plus the checked-in participants and their levels) becomes a
 * {@link org.backclass.session.Timeline} of {@link org.backclass.session.Step}s. Mixed levels
 * are timed by {@link org.backclass.session.GroupLevel}: the level most participants are on,
 * ties to the lower level. A {@link org.backclass.session.ClassRunner} walks the timeline,
 * advanced by an injected monotonic nanosecond source and by instructor commands, and
 * publishes immutable {@link org.backclass.session.RunnerSnapshot}s; at the end it gives a
 * {@link org.backclass.session.ClassSummary} of who did which exercise at which level.
 *
 * <p><b>Dependencies.</b> Only the JDK, SLF4J and {@code org.backclass.domain}; nothing here
 * reads the system clock (checked by {@code SessionArchitectureTest}).
 *
 * <p><b>Threading.</b> Plans, timelines, steps, snapshots and summaries are immutable and
 * thread-safe. {@link org.backclass.session.ClassRunner} is not: one owner (the FX thread)
 * drives it.
 */
package org.backclass.session;
