/**
 * The font of our own PDF renderer, for the CLI: Noto Serif TC (SIL Open Font License 1.1) from the
 * npm package @expo-google-fonts/noto-serif-tc, which ships the full TrueType files; the pane's build
 * copies the same two files into its assets (webpack.config.js).
 */
import * as fs from "fs";
import type { PdfFonts } from "../files/pdf/pdfWrite";

export const PDF_FONT_FILES = {
  regular: "@expo-google-fonts/noto-serif-tc/400Regular/NotoSerifTC_400Regular.ttf",
  bold: "@expo-google-fonts/noto-serif-tc/700Bold/NotoSerifTC_700Bold.ttf",
} as const;

/** The two weights' bytes, read from node_modules. */
export function readPdfFonts(): PdfFonts {
  return {
    regular: fs.readFileSync(require.resolve(PDF_FONT_FILES.regular)),
    bold: fs.readFileSync(require.resolve(PDF_FONT_FILES.bold)),
  };
}
