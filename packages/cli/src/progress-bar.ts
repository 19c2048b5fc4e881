/** A one-line progress bar on a terminal stream; silent elsewhere. */
export class ProgressBar {
  private readonly stream: NodeJS.WriteStream;
  private readonly width: number;
  private lastDrawn = -1;
  private active = false;

  constructor(stream: NodeJS.WriteStream, width = 30) {
    this.stream = stream;
    this.width = width;
  }

  update(fraction: number, label: string): void {
    if (!this.stream.isTTY) return;
    const clamped = Math.max(0, Math.min(1, fraction));
    const percent = Math.floor(clamped * 100);
    if (percent === this.lastDrawn) return;
    this.lastDrawn = percent;
    this.active = true;
    const filled = Math.round(clamped * this.width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
    this.stream.write(`\r${bar} ${String(percent).padStart(3)}% ${label}`);
  }

  finish(): void {
    if (this.active) this.stream.write('\r\x1b[2K');
    this.active = false;
  }
}
