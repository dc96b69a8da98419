/**
 * The progression proposal after a session: per member and exercise, go one level harder, stay,
 * or go one level easier, following the pain-monitoring model (green/amber/red pain during and
 * after the exercise, and how the back feels the next morning).
 *
 * <p>Everything here is a proposal. The instructor confirms or overrides it on the after-class
 * screen; the engine never changes a level on its own. All types are immutable and pure, so the
 * same input always gives the same proposal and the rules can be tested as a table.
 */
package org.backclass.domain.progress.progression;
