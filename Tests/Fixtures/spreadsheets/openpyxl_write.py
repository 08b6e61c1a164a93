"""Writes a workbook the way openpyxl does, from scratch (no spbe workbook read): one agency sheet with the
header spbe names and one row, for spbe to import.

usage: python3 openpyxl_write.py OUT.xlsx AGENCY INDICATOR LEVEL EXPLANATION
"""
import sys

import openpyxl

out, agency, indicator, level, explanation = sys.argv[1:6]
wb = openpyxl.Workbook()
ws = wb.active
ws.title = agency
ws.append(["Indikator [id]", "Nilai mandiri [level]", "Penjelasan [explanation]", "Catatan pribadi"])
ws.append([indicator, float(level), explanation, "diabaikan"])
wb.create_sheet("Lembar lain").append(["apa saja"])
wb.save(out)
