package org.backclass.hardware.gpio;

/**
 * One fitted GPIO device's health, for the health endpoint and the instructor screen.
 *
 * @param device "buzzer", "green LED", "red LED" or "next button"
 * @param pin    its BCM GPIO number
 * @param online false once the device could not be opened or a write to it failed; it then stays
 *               off until the kiosk restarts
 * @param detail why it is offline (the short reason also logged), or "" when online
 */
public record GpioDeviceStatus(String device, int pin, boolean online, String detail) {
}
