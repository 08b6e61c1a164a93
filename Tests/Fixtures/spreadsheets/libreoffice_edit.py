"""Edits cells of a workbook in LibreOffice Calc, driven headless through UNO, and saves it as xlsx.

usage: python3 libreoffice_edit.py IN.xlsx OUT.xlsx PROFILE_DIR SHEET CELL=VALUE...
A VALUE that parses as a number is entered as a number, anything else as text. PROFILE_DIR is the LibreOffice
user profile to use (a temporary folder), so the machine's own profile is never touched.
"""
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def main():
    src, dst, profile, sheet_name = sys.argv[1:5]
    edits = [arg.split("=", 1) for arg in sys.argv[5:]]
    pipe = "spbe-test-%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
        context = None
        for _ in range(300):
            try:
                context = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
                break
            except Exception:
                time.sleep(0.1)
        if context is None:
            sys.exit("LibreOffice did not start")
        desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
        document = desktop.loadComponentFromURL(uno.systemPathToFileUrl(src), "_blank", 0, (prop("Hidden", True),))
        sheet = document.Sheets.getByName(sheet_name)
        for cell, value in edits:
            target = sheet.getCellRangeByName(cell)
            try:
                target.setValue(float(value))
            except ValueError:
                target.setString(value)
        document.storeToURL(uno.systemPathToFileUrl(dst), (prop("FilterName", "Calc MS Excel 2007 XML"),))
        document.close(True)
        try:
            desktop.terminate()
        except Exception:
            pass
        office.wait(timeout=60)
    finally:
        if office.poll() is None:
            office.kill()


main()
