package org.backclass.domain.checkin;

import java.time.Duration;
import java.time.Instant;

/** The arithmetic of "does a tap at this time count for a class starting then". */
final class CheckInWindow {

    private CheckInWindow() {
    }

    static boolean contains(CheckInPolicy policy, Instant classStart, Instant tap) {
        return !tap.isBefore(classStart.minus(policy.before())) && !tap.isAfter(classStart.plus(policy.after()));
    }

    static Duration distance(Instant classStart, Instant tap) {
        return Duration.between(classStart, tap).abs();
    }
}
