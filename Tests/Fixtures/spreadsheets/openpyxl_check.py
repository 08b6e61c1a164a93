"""Reads a workbook spbe exported with openpyxl and checks what a spreadsheet user sees: the sheets, the cell
types, the data validation, the frozen header and the column widths. Exits non-zero naming what is wrong.

usage: python3 openpyxl_check.py BOOK.xlsx AGENCY
"""
import datetime
import sys

import openpyxl

book, agency = sys.argv[1:3]
wb = openpyxl.load_workbook(book)
problems = []


def check(condition, what):
    if not condition:
        problems.append(what)


check(wb.sheetnames[0] == "Instructions", "first sheet %r" % wb.sheetnames[0])
for name in (agency, "Evidence", "Follow-ups", "Assessors", "Recommendations"):
    check(name in wb.sheetnames, "sheet %s missing" % name)
ws = wb[agency]
check(ws.freeze_panes == "A2", "header not frozen: %r" % ws.freeze_panes)
check(ws["D1"].value == "Self-assessment [level]", "header D1 %r" % ws["D1"].value)
check(isinstance(ws["A2"].value, str), "id is not text")
levels = [row[3].value for row in ws.iter_rows(min_row=2) if row[3].value is not None]
check(levels and all(isinstance(v, (int, float)) for v in levels), "levels are not numbers: %r" % levels[:3])
check(ws["E2"].alignment.wrap_text, "explanation not wrapped")
check((ws.column_dimensions["E"].width or 0) >= 40, "explanation column narrow")
rules = [dv for dv in ws.data_validations.dataValidation if "D2" in str(dv.sqref)]
check(rules, "no validation on the level column")
evidence = wb["Evidence"]
dates = [row[5].value for row in evidence.iter_rows(min_row=2) if row[5].value is not None]
check(dates and all(isinstance(v, datetime.datetime) for v in dates), "evidence dates are not dates")
if problems:
    sys.exit("; ".join(problems))
