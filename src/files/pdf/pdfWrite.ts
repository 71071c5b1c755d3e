/**
 * Our own PDF of a printed sheet (an annex): pdfDocument's layout rendered by pdfmake (which lays out
 * tables with spans and repeated header rows, and embeds a subset of the font, so a 10 MB CJK font
 * adds only the glyphs used). The text is real and searchable (Identity-H with a ToUnicode map).
 *
 * The font comes from the caller as bytes (the pane fetches it from the add-in's own assets, the CLI
 * reads it from node_modules): Noto Serif TC under the SIL Open Font License, never DFKai-SB (標楷體,
 * proprietary). pdfmake is imported only when a PDF is made: the pane loads it with the export, the
 * CLI's other commands never load it.
 */
import type { SheetSpec } from "../../core/sheetSpec";
import { fontCoverage } from "./fontCoverage";
import { pdfDocument, PDF_FONT_FAMILY, type MissingGlyph } from "./pdfDocument";

/** The embedded font's two weights, as the files' bytes. */
export interface PdfFonts {
  regular: Uint8Array;
  bold: Uint8Array;
}

export interface PdfResult {
  bytes: Uint8Array;
  /** Characters the font lacks, drawn as 〓, with their cells. */
  missing: MissingGlyph[];
}

/** pdfmake's object (its Node and browser builds export it differently). */
type PdfMake = typeof import("pdfmake") & {
  virtualfs: { writeFileSync(name: string, content: Uint8Array): void };
};

async function loadPdfMake(): Promise<PdfMake> {
  const mod = (await import("pdfmake")) as unknown as { default?: PdfMake } & PdfMake;
  const pdfMake = mod.default ?? mod;
  // Nothing is fetched or read from disk: fonts are given as bytes, and a document has no images.
  if (typeof process !== "undefined" && process.versions?.node) {
    pdfMake.setUrlAccessPolicy(() => false);
    pdfMake.setLocalAccessPolicy(() => false);
  }
  return pdfMake;
}

export async function writePdf(spec: SheetSpec, fonts: PdfFonts): Promise<PdfResult> {
  const { doc, missing } = pdfDocument(spec, { regular: fontCoverage(fonts.regular), bold: fontCoverage(fonts.bold) });
  const pdfMake = await loadPdfMake();
  pdfMake.virtualfs.writeFileSync("embedded-regular.ttf", fonts.regular);
  pdfMake.virtualfs.writeFileSync("embedded-bold.ttf", fonts.bold);
  pdfMake.setFonts({
    [PDF_FONT_FAMILY]: {
      normal: "embedded-regular.ttf",
      bold: "embedded-bold.ttf",
      italics: "embedded-regular.ttf",
      bolditalics: "embedded-bold.ttf",
    },
  });
  const buffer = await pdfMake.createPdf(doc).getBuffer();
  return { bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength), missing };
}
