"""Read a workbook written by the program with openpyxl (a reader nobody
here wrote) and print, as JSON, what the Go test checks."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": wb.sheetnames, "formulas": [], "detail": {}}
for ws in wb.worksheets:
    for row in ws.iter_rows():
        for c in row:
            if c.data_type == "f" or (isinstance(c.value, str) and c.data_type != "s"):
                out["formulas"].append(f"{ws.title}!{c.coordinate}={c.value!r} ({c.data_type})")
    ps = ws.page_setup
    d = {
        "print_title_rows": ws.print_title_rows,
        "freeze_panes": ws.freeze_panes,
        "auto_filter": ws.auto_filter.ref,
        "orientation": ps.orientation,
        "paper_size": ps.paperSize,
        "fit_to_width": ps.fitToWidth,
        "fit_to_height": ps.fitToHeight,
        "fit_to_page": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "footer": ws.oddFooter.center.text,
        "merged": sorted(str(r) for r in ws.merged_cells.ranges),
        "widths": {k: v.width for k, v in ws.column_dimensions.items()},
        "rows": [],
    }
    for row in ws.iter_rows(min_row=1, max_row=min(ws.max_row, 60)):
        cells = []
        for c in row:
            f = c.font
            cells.append({
                "v": c.value if not hasattr(c.value, "isoformat") else c.value.isoformat(),
                "t": c.data_type,
                "font": f.name,
                "bold": bool(f.b),
                "size": f.sz,
                "border": c.border.left.style,
                "wrap": bool(c.alignment.wrap_text),
            })
        d["rows"].append(cells)
    d["max_row"] = ws.max_row
    out["detail"][ws.title] = d
json.dump(out, sys.stdout, ensure_ascii=False)
