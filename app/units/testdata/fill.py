"""Fills the program's forms the way a unit would, with openpyxl.

Usage: fill.py SPEC.json. SPEC is a list of jobs; each opens "src" (or
starts a new workbook), runs its "ops" in order and saves to "out":
  figure        type a count into the figures sheet's row with this key
  rows          write rows of values from row "start"
  insert_rows   insert "amount" empty rows at "at" (as Excel's Insert)
  delete_cols   delete column "idx" (1-based)
  merge         merge a range ("F5:F6")
  title         rename the active sheet (a new workbook)
"""
import json
import sys

import openpyxl

for job in json.load(open(sys.argv[1], encoding="utf-8")):
    wb = openpyxl.load_workbook(job["src"]) if job.get("src") else openpyxl.Workbook()
    for op in job["ops"]:
        ws = wb[op["sheet"]] if "sheet" in op else wb.active
        kind = op["op"]
        if kind == "figure":
            found = False
            for row in ws.iter_rows():
                if any(c.value == op["key"] for c in row):
                    ws.cell(row=row[0].row, column=3, value=op["value"])
                    found = True
            if not found:
                sys.exit("no figure row " + op["key"])
        elif kind == "rows":
            for i, vals in enumerate(op["rows"]):
                for j, v in enumerate(vals):
                    if v is not None:
                        ws.cell(row=op["start"] + i, column=j + 1, value=v)
        elif kind == "insert_rows":
            ws.insert_rows(op["at"], op.get("amount", 1))
        elif kind == "delete_cols":
            ws.delete_cols(op["idx"])
        elif kind == "merge":
            ws.merge_cells(op["range"])
        elif kind == "title":
            ws.title = op["value"]
        else:
            sys.exit("unknown op " + kind)
    wb.save(job["out"])
