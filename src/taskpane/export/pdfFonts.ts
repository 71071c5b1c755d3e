/**
 * The PDF font for the pane: Noto Serif TC (SIL Open Font License 1.1), regular and bold, which the
 * build copies beside the pane from the npm package @expo-google-fonts/noto-serif-tc (webpack.config.js,
 * PDF_FONT_ASSETS). Fetched from the add-in's own origin only when a PDF is first made (about 20 MB;
 * the browser caches it), as the lazy code chunks are: no other site is asked for anything.
 */
import type { PdfFonts } from "../../files/pdf/pdfWrite";

/** The files, relative to the pane's page. */
export const PDF_FONT_URLS = {
  regular: "assets/fonts/NotoSerifTC-Regular.ttf",
  bold: "assets/fonts/NotoSerifTC-Bold.ttf",
} as const;

/** The font could not be fetched (offline, or the add-in's server is missing it). */
export class PdfFontLoadError extends Error {
  constructor(url: string, cause: unknown) {
    super(`Could not load the PDF font ${url}`, { cause });
  }
}

/** Bytes received so far of all the font files, and their total when the server says. */
export type FontProgress = (received: number, total: number) => void;

/** The fonts fetched or being fetched, by the page's base URL. */
const loaded = new Map<string, Promise<PdfFonts>>();

/** The two weights, fetched once per pane (a failed fetch is tried again next time). */
export function fetchPdfFonts(progress: FontProgress = () => undefined, base = document.baseURI): Promise<PdfFonts> {
  let loading = loaded.get(base);
  if (!loading) {
    const received = { regular: 0, bold: 0 };
    const totals = { regular: 0, bold: 0 };
    const report = () => progress(received.regular + received.bold, totals.regular + totals.bold);
    const one = (weight: keyof typeof PDF_FONT_URLS) =>
      fetchBytes(new URL(PDF_FONT_URLS[weight], base).href, (got, total) => {
        received[weight] = got;
        totals[weight] = total;
        report();
      });
    loading = Promise.all([one("regular"), one("bold")]).then(
      ([regular, bold]) => ({ regular, bold }),
      (e: unknown) => {
        loaded.delete(base);
        throw e;
      },
    );
    loaded.set(base, loading);
  }
  return loading;
}

async function fetchBytes(url: string, progress: (received: number, total: number) => void): Promise<Uint8Array> {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const total = Number(response.headers.get("content-length")) || 0;
    if (!response.body) {
      const bytes = new Uint8Array(await response.arrayBuffer());
      progress(bytes.length, bytes.length);
      return bytes;
    }
    // Read as it arrives, so the pane can say how far the download is.
    const reader = response.body.getReader();
    const chunks: Uint8Array[] = [];
    let received = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      progress(received, Math.max(total, received));
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    return bytes;
  } catch (e) {
    throw new PdfFontLoadError(url, e);
  }
}
