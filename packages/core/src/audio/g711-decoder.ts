/**
 * G.711 companded 8-bit samples (μ-law and A-law, WAV format codes 7 and 6), decoded to s16
 * through 256-entry tables built on first use.
 */

let muLawTable: Int16Array | undefined;
let aLawTable: Int16Array | undefined;

/** Returns the s16 value of every μ-law byte, indexed by the byte. */
export function getMuLawTable(): Int16Array {
  if (muLawTable === undefined) {
    muLawTable = new Int16Array(256);
    for (let byte = 0; byte < 256; byte += 1) {
      const inverted = ~byte & 0xff;
      const exponent = (inverted >> 4) & 0x07;
      const mantissa = inverted & 0x0f;
      const magnitude = (((mantissa << 3) + 0x84) << exponent) - 0x84;
      muLawTable[byte] = inverted & 0x80 ? -magnitude : magnitude;
    }
  }
  return muLawTable;
}

/** Returns the s16 value of every A-law byte, indexed by the byte. */
export function getALawTable(): Int16Array {
  if (aLawTable === undefined) {
    aLawTable = new Int16Array(256);
    for (let byte = 0; byte < 256; byte += 1) {
      const toggled = byte ^ 0x55;
      const exponent = (toggled >> 4) & 0x07;
      const mantissa = toggled & 0x0f;
      const magnitude =
        exponent === 0
          ? (mantissa << 4) + 8
          : ((mantissa << 4) + 0x108) << (exponent - 1);
      aLawTable[byte] = toggled & 0x80 ? magnitude : -magnitude;
    }
  }
  return aLawTable;
}
