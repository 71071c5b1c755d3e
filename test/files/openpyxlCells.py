"""The cells of each workbook as openpyxl reads them (cached values; dates as 1900-system serials), as JSON."""
import json, sys, datetime, openpyxl, warnings
warnings.simplefilter("ignore")
def serial(d):
    if isinstance(d, datetime.datetime):
        return (d - datetime.datetime(1899, 12, 30)).total_seconds() / 86400
    if isinstance(d, datetime.date):
        return (d - datetime.date(1899, 12, 30)).days
    if isinstance(d, datetime.time):
        return (d.hour * 3600 + d.minute * 60 + d.second) / 86400
    return d
out = {}
for f in sys.argv[1:]:
    try:
        wb = openpyxl.load_workbook(f, data_only=True)
    except Exception as e:
        out[f] = {"error": type(e).__name__}
        continue
    sheets = []
    for ws in wb.worksheets:
        cells = []
        for row in ws.iter_rows():
            for c in row:
                v = c.value
                if v is None or v == "" or type(c).__name__ == "MergedCell":
                    continue
                # openpyxl puts a hyperlink's target into an empty cell; Excel shows the cell empty.
                if c.hyperlink is not None and v == c.hyperlink.target:
                    continue
                if isinstance(v, datetime.timedelta):
                    v = v.total_seconds() / 86400
                cells.append([c.row - 1, c.column - 1, serial(v)])
        sheets.append({"name": ws.title, "state": ws.sheet_state, "cells": cells,
                       "merges": sorted(str(m) for m in ws.merged_cells.ranges),
                       "hidden": sorted(r - 1 for r, d in ws.row_dimensions.items() if d.hidden)})
    out[f] = {"sheets": sheets}
print(json.dumps(out, ensure_ascii=False, default=str))
