/**
 * Feedback the kiosk gives besides the screen: ports only, so the domain, the session and the
 * UI can ask for a signal without knowing which device (if any) gives it.
 *
 * <p>Every port here is called from the FX thread while a class runs. An implementation must
 * return at once and never throw: a missing or broken device costs the signal, never the class.
 */
package org.backclass.domain.feedback;
