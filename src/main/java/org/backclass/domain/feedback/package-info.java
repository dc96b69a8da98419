/**
 * Feedback the kiosk gives besides the screen: ports only, so the domain, the session and the
 * UI can ask for a signal without knowing which device (if any) gives it.
 *
 * <p>Each port says which threads call it (the FX thread while a class runs for
 * {@link org.backclass.domain.feedback.CountdownTones}; any thread for
 * {@link org.backclass.domain.feedback.KioskSignals}). An implementation must return at once and
 * never throw: a missing or broken device costs the signal, never the class or the check-in.
 */
package org.backclass.domain.feedback;
