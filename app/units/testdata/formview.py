"""Prints what a unit's Excel would show of a form, as JSON (openpyxl)."""
import json
import sys

import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {"sheets": [], "active": wb.active.title}
for ws in wb.worksheets:
    s = {
        "name": ws.title,
        "state": ws.sheet_state,
        "protected": bool(ws.protection.sheet),
        "password": ws.protection.password,
        "insertRows": not ws.protection.insertRows,
        "deleteColumns": not ws.protection.deleteColumns,
        "printTitleRows": ws.print_title_rows,
        "orientation": ws.page_setup.orientation,
        "paperSize": ws.page_setup.paperSize,
        "fitToWidth": ws.page_setup.fitToWidth,
        "fitToPage": ws.sheet_properties.pageSetUpPr.fitToPage if ws.sheet_properties.pageSetUpPr else None,
        "validations": [{"sqref": str(dv.sqref), "formula": dv.formula1, "type": dv.type} for dv in ws.data_validations.dataValidation],
        "hiddenColumns": [k for k, d in ws.column_dimensions.items() if d.hidden],
        "cells": {},
    }
    for ref in sys.argv[2:]:
        sheet, _, cell = ref.rpartition("!")
        if sheet == ws.title:
            c = ws[cell]
            s["cells"][cell] = {"value": c.value if not isinstance(c.value, (int, float)) else c.value, "locked": c.protection.locked}
    out["sheets"].append(s)
print(json.dumps(out, ensure_ascii=False, default=str))
