/**
 * The class player screen: {@link org.backclass.ui.player.PlayerViewModel} owns a
 * {@link org.backclass.session.ClassRunner} and renders its snapshots into properties;
 * {@link org.backclass.ui.player.PlayerView} shows them big enough to read from five metres and
 * gives the instructor touch controls and presenter-clicker keys. Cues and posters come in
 * through {@link org.backclass.ui.player.CueSource} and {@link org.backclass.ui.player.PosterSource}
 * ({@link org.backclass.ui.player.CataloguePlayerContent} serves both from the exercise catalogue).
 * The 3-2-1 and go tones go out through the domain port
 * {@link org.backclass.domain.feedback.CountdownTones}; {@code ToneCues} decides when.
 *
 * <p><b>Threading.</b> Everything here belongs to the FX thread. The view's animation timer ticks
 * the ViewModel on the FX pulse; nothing here hops threads.
 */
package org.backclass.ui.player;
