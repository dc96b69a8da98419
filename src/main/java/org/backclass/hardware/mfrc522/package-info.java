/**
 * The MFRC522 (RC522) card reader: a driver of its own on Pi4J's SPI.
 *
 * <p>Layers, bottom up: {@link org.backclass.hardware.mfrc522.Mfrc522Bus} (the chip's SPI framing,
 * one call per SPI transfer, counted), {@link org.backclass.hardware.mfrc522.Mfrc522} (reset,
 * set-up, antenna, Transceive with the chip's timer as timeout),
 * {@link org.backclass.hardware.mfrc522.Iso14443a} (REQA/WUPA, the anticollision and select
 * cascade for 4-, 7- and 10-byte UIDs, HLTA, software CRC_A), and
 * {@link org.backclass.hardware.mfrc522.Mfrc522Reader}, the
 * {@link org.backclass.domain.reader.CardReader} with its poller thread, the one-tap-per-presentation
 * rule ({@link org.backclass.hardware.mfrc522.Presence}) and recovery
 * ({@link org.backclass.hardware.mfrc522.ChipSupervisor}). Readers are made by
 * {@link org.backclass.hardware.mfrc522.Mfrc522Readers#open}.
 *
 * <p><b>Threading.</b> Everything below the reader is confined to its poller thread; the reader's
 * {@code status()} and {@code close()} are thread-safe.
 */
package org.backclass.hardware.mfrc522;
