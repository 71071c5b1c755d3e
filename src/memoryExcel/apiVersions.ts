/**
 * The ExcelApi requirement set each implemented API needs; an operation above the workbook's
 * configured maximum fails at sync with ApiNotFound, as on a host that lacks the set.
 */
const REQUIRED: Record<string, string> = {
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.getCount": "1.4",
  "WorksheetCollection.onChanged": "1.9",
  "Worksheet.copy": "1.7",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.getRangeByIndexes": "1.7",
  "Worksheet.onChanged": "1.7",
  "WorksheetFreezePanes.*": "1.7",
  "WorksheetProtection.*": "1.2",
  "Range.merge": "1.2",
  "Range.unmerge": "1.2",
  "Range.getMergedAreasOrNullObject": "1.13",
  "Range.getSpecialCellsOrNullObject": "1.9",
  "CommentCollection.*": "1.10",
  "Comment.*": "1.10",
  "Range.getResizedRange": "1.7",
  "Range.columnHidden": "1.2",
  "Range.rowHidden": "1.2",
  "Range.getUsedRangeOrNullObject": "1.4",
  "RangeAreas.*": "1.9",
  "PageLayout.*": "1.9",
  "HeaderFooter.*": "1.9",
  "HeaderFooterGroup.*": "1.9",
  "PageBreakCollection.*": "1.9",
  "RangeFormat.columnWidth": "1.2",
  "RangeFormat.rowHeight": "1.2",
  "RangeFormat.autofitRows": "1.2",
  "RangeFormat.autofitColumns": "1.2",
  "RangeFormat.wrapText": "1.1",
  "FormatProtection.*": "1.2",
  "DataValidation.*": "1.8",
  "ConditionalFormatCollection.*": "1.6",
  "ConditionalFormat.*": "1.6",
  "ConditionalRangeFormat.*": "1.6",
  "ConditionalRangeFill.*": "1.6",
  "ConditionalRangeFont.*": "1.6",
  "CustomConditionalFormat.*": "1.6",
  "ConditionalFormatRule.*": "1.6",
  "NamedItemCollection.add": "1.4",
  "NamedItemCollection.getItemOrNullObject": "1.4",
  "NamedItemCollection.getCount": "1.4",
  "NamedItem.getRangeOrNullObject": "1.4",
  "NamedItem.delete": "1.4",
  "SettingCollection.*": "1.4",
  "Setting.*": "1.4",
  "TableCollection.getItemOrNullObject": "1.4",
  "TableCollection.getCount": "1.4",
  "Runtime.*": "1.8",
};

/** The ExcelApi version an API ("Range.merge") needs; 1.1 unless listed. */
export function requiredVersion(api: string): string {
  const [type] = api.split(".");
  return REQUIRED[api] ?? REQUIRED[`${type}.*`] ?? "1.1";
}

/** Compares "1.13" and "1.9" numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number),
    pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** The highest ExcelApi version the in-memory Excel implements. */
export const HIGHEST_EXCEL_API = "1.17";
