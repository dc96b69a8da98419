package org.backclass.hardware.gpio;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Which GPIO devices are fitted and where. Pins are BCM numbers (GPIO 0–27 on the 40-pin header,
 * not physical pin numbers); a null pin means the device is not fitted and is skipped.
 *
 * @param buzzerPin          a plain on/off (active) buzzer
 * @param greenLedPin        the "checked in" LED
 * @param redLedPin          the "not checked in" / alert LED
 * @param nextButtonPin      the class player's "next" push button, wired to ground
 * @param outputsActiveLow   true when the buzzer and LEDs are on while the pin is LOW (e.g. driven
 *                           through a PNP transistor or wired to 3V3); false for the usual
 *                           pin → resistor → LED → ground wiring
 * @param buttonActiveLow    true (the usual wiring, with the internal pull-up) when a pressed button
 *                           pulls the pin LOW; false for a button to 3V3 with the pull-down
 * @param buttonDebounce     presses closer together than this count once; 1 ms to 1 s
 * @param chipLabel          label of the GPIO chip with the header pins; matches chips whose label
 *                           starts with it, so the default {@value #DEFAULT_CHIP_LABEL} finds
 *                           {@code pinctrl-rp1} (Pi 5) and {@code pinctrl-bcm2711} (Pi 4)
 */
public record GpioSettings(Integer buzzerPin, Integer greenLedPin, Integer redLedPin, Integer nextButtonPin,
        boolean outputsActiveLow, boolean buttonActiveLow, Duration buttonDebounce, String chipLabel) {

    public static final Duration DEFAULT_DEBOUNCE = Duration.ofMillis(50);
    public static final String DEFAULT_CHIP_LABEL = "pinctrl";
    /** The highest GPIO on the 40-pin header. */
    public static final int MAX_BCM_PIN = 27;

    public GpioSettings {
        Objects.requireNonNull(buttonDebounce, "buttonDebounce");
        Objects.requireNonNull(chipLabel, "chipLabel");
        if (chipLabel.isBlank()) {
            throw new IllegalArgumentException("chipLabel must not be blank (the default is \"" + DEFAULT_CHIP_LABEL
                    + "\")");
        }
        if (buttonDebounce.compareTo(Duration.ofMillis(1)) < 0 || buttonDebounce.compareTo(Duration.ofSeconds(1)) > 0) {
            throw new IllegalArgumentException("buttonDebounce must be 1 ms to 1 s, was " + buttonDebounce.toMillis()
                    + " ms");
        }
        Map<Integer, String> used = new HashMap<>();
        checkPin("buzzerPin", buzzerPin, used);
        checkPin("greenLedPin", greenLedPin, used);
        checkPin("redLedPin", redLedPin, used);
        checkPin("nextButtonPin", nextButtonPin, used);
    }

    /** No devices fitted. */
    public static GpioSettings none() {
        return new GpioSettings(null, null, null, null, false, true, DEFAULT_DEBOUNCE, DEFAULT_CHIP_LABEL);
    }

    /** The given pins with the usual wiring: LEDs and buzzer on when HIGH, button to ground, 50 ms, "pinctrl". */
    public static GpioSettings of(Integer buzzerPin, Integer greenLedPin, Integer redLedPin, Integer nextButtonPin) {
        return new GpioSettings(buzzerPin, greenLedPin, redLedPin, nextButtonPin, false, true, DEFAULT_DEBOUNCE,
                DEFAULT_CHIP_LABEL);
    }

    /** True when at least one device is fitted, i.e. the kiosk needs a Pi4J context for GPIO. */
    public boolean anyFitted() {
        return buzzerPin != null || greenLedPin != null || redLedPin != null || nextButtonPin != null;
    }

    private static void checkPin(String name, Integer pin, Map<Integer, String> used) {
        if (pin == null) {
            return;
        }
        if (pin < 0 || pin > MAX_BCM_PIN) {
            throw new IllegalArgumentException(name + " must be a BCM GPIO number 0-" + MAX_BCM_PIN + " (not a physical"
                    + " pin number), was " + pin);
        }
        String other = used.putIfAbsent(pin, name);
        if (other != null) {
            throw new IllegalArgumentException(name + " and " + other + " are both GPIO " + pin
                    + ": each device needs its own pin");
        }
    }
}
