/**
 * A part's XML written as UTF-8 bytes as it is made, a few kilobytes of text at a time: a large
 * plan's sheet is a megabyte of XML, and building it as one string, then encoding it, made and
 * copied it twice more (a sixth of writing a 5,000-measure plan). Pure: the pane writes parts too.
 *
 * Give it room for the most the part can take: a buffer's pages cost nothing until they are written
 * (memory touched the first time is what costs, 4 ms a megabyte where we measured), while growing
 * one copies it into a fresh one. It still grows when a guess falls short.
 */
const encoder = new TextEncoder();

/** Text gathered before it is encoded: large enough that encoding calls are few, small enough to stay young. */
const PENDING_CHARS = 16 * 1024;

/** The most room taken before a byte is written. */
const MOST_UP_FRONT = 32 * 1024 * 1024;

export class PartWriter {
  private bytes: Uint8Array;
  private length = 0;
  private pending = "";

  constructor(mostBytes = 4096) {
    // A bound is only a guess (a sheet of sparse rows gives an absurd one): past this, the part grows.
    this.bytes = new Uint8Array(Math.min(mostBytes, MOST_UP_FRONT));
  }

  write(text: string): void {
    this.pending += text;
    if (this.pending.length >= PENDING_CHARS) this.flush();
  }

  /** The part's bytes (the writer is not written to after). */
  done(): Uint8Array {
    this.flush();
    return this.bytes.subarray(0, this.length);
  }

  private flush(): void {
    const room = this.length + this.pending.length * 3; // UTF-8 takes at most 3 bytes per UTF-16 code unit
    if (room > this.bytes.length) {
      const grown = new Uint8Array(Math.max(room, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.length));
      this.bytes = grown;
    }
    this.length += encoder.encodeInto(this.pending, this.bytes.subarray(this.length)).written;
    this.pending = "";
  }
}
