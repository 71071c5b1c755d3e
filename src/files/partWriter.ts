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

  /**
   * Text of ASCII characters (tags, cell references), written straight as bytes: a large sheet's
   * hundred thousand pieces make no strings to join and encode (a fifth of what writing allocated).
   */
  ascii(text: string): void {
    if (this.pending !== "") this.flush();
    this.room(text.length);
    const bytes = this.bytes;
    let at = this.length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.length = at;
  }

  /** A whole number of at most 15 digits, in decimal (a shared string's index, a row's number). */
  digits(n: number): void {
    if (this.pending !== "") this.flush();
    this.room(16);
    const bytes = this.bytes;
    let end = this.length;
    let rest = n;
    do {
      end++;
      rest = Math.floor(rest / 10);
    } while (rest > 0);
    this.length = end;
    rest = n;
    do {
      bytes[--end] = 0x30 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  /** Where the part ends now, to go back to (`backTo`) when what followed turns out not to be needed. */
  mark(): number {
    if (this.pending !== "") this.flush();
    return this.length;
  }

  backTo(mark: number): void {
    if (this.pending !== "") this.flush();
    this.length = mark;
  }

  /** The part's bytes (the writer is not written to after). */
  done(): Uint8Array {
    this.flush();
    return this.bytes.subarray(0, this.length);
  }

  private flush(): void {
    this.room(this.pending.length * 3); // UTF-8 takes at most 3 bytes per UTF-16 code unit
    this.length += encoder.encodeInto(this.pending, this.bytes.subarray(this.length)).written;
    this.pending = "";
  }

  /** Room for `more` bytes after those written. */
  private room(more: number): void {
    const need = this.length + more;
    if (need <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.length));
    this.bytes = grown;
  }
}
