/**
 * USB "keyboard wedge" card readers read from their evdev node, without a focused text field.
 *
 * <p>The pipeline, each step its own class: {@link org.backclass.hardware.keyboard.InputDevice}
 * (the node: open, exclusive grab, timed read; {@code LinuxInputDevice} in production) gives
 * bytes; {@code InputEventDecoder} turns {@code input_event} records into key presses;
 * {@code KeystrokeAssembler} groups presses into readings (Enter or a pause);
 * {@link org.backclass.hardware.keyboard.WedgeFormat} turns a reading into lookup keys through
 * the domain; {@link org.backclass.hardware.keyboard.KeyboardWedgeReader} runs all of it on its
 * own thread behind the {@link org.backclass.domain.reader.CardReader} port and reconnects after
 * an unplug. Only the device touches native code (JNA, libc).
 */
package org.backclass.hardware.keyboard;
