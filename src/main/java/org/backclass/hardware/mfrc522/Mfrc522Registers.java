package org.backclass.hardware.mfrc522;

/** MFRC522 register addresses, command codes and the bits this driver uses (NXP datasheet §9). */
final class Mfrc522Registers {

    static final int COMMAND = 0x01;
    static final int COM_IRQ = 0x04;
    static final int ERROR = 0x06;
    static final int FIFO_DATA = 0x09;
    static final int FIFO_LEVEL = 0x0A;
    static final int CONTROL = 0x0C;
    static final int BIT_FRAMING = 0x0D;
    static final int COLL = 0x0E;
    static final int MODE = 0x11;
    static final int TX_MODE = 0x12;
    static final int RX_MODE = 0x13;
    static final int TX_CONTROL = 0x14;
    static final int TX_ASK = 0x15;
    static final int MOD_WIDTH = 0x24;
    static final int T_MODE = 0x2A;
    static final int T_PRESCALER = 0x2B;
    static final int T_RELOAD_H = 0x2C;
    static final int T_RELOAD_L = 0x2D;
    static final int VERSION = 0x37;

    // CommandReg
    static final int CMD_IDLE = 0x00;
    static final int CMD_TRANSCEIVE = 0x0C;
    static final int CMD_SOFT_RESET = 0x0F;
    static final int POWER_DOWN = 0x10;

    // ComIrqReg
    static final int TIMER_IRQ = 0x01;
    static final int IDLE_IRQ = 0x10;
    static final int RX_IRQ = 0x20;
    /** Written to ComIrqReg: Set1 = 0, so every marked request bit is cleared. */
    static final int CLEAR_ALL_IRQ = 0x7F;

    // ErrorReg
    static final int PROTOCOL_ERR = 0x01;
    static final int PARITY_ERR = 0x02;
    static final int CRC_ERR = 0x04;
    static final int COLL_ERR = 0x08;
    static final int BUFFER_OVFL = 0x10;

    static final int FLUSH_BUFFER = 0x80;
    static final int RX_LAST_BITS = 0x07;
    static final int START_SEND = 0x80;
    static final int COLL_POS_NOT_VALID = 0x20;
    static final int COLL_POS = 0x1F;
    static final int ANTENNA_ON = 0x03;

    // Configuration written after every reset (see Mfrc522.configure)
    /** TModeReg: TAuto, so the timer starts when a transmission ends: the receive timeout. */
    static final int T_MODE_AUTO = 0x80;
    /** TPrescalerReg: 13.56 MHz / (2 * 0xA9 + 1) = 40 kHz, one tick every 25 µs. */
    static final int T_PRESCALER_25_US = 0xA9;
    static final long TICK_NANOS = 25_000;
    /** TxASKReg: force 100 % ASK, which ISO 14443-A needs. */
    static final int FORCE_100_ASK = 0x40;
    /** ModeReg: CRC preset 0x6363 (CRC_A), TxWaitRF, MSB first off. */
    static final int MODE_CRC_A = 0x3D;
    static final int MOD_WIDTH_DEFAULT = 0x26;

    private Mfrc522Registers() {
    }
}
