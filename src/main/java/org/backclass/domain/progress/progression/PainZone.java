package org.backclass.domain.progress.progression;

/**
 * The traffic-light zone of a 0–10 pain score under the pain-monitoring model. The limits
 * between the zones come from {@link ProgressionRules}, because sites may set them differently.
 */
public enum PainZone {
    /** Low pain: safe to carry on and to load more. */
    GREEN,
    /** Moderate pain: acceptable, provided it has settled by the next morning. */
    AMBER,
    /** Too much pain: the load was more than the back tolerates today. */
    RED
}
