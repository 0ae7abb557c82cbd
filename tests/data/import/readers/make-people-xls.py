#!/usr/bin/python3
# Writes people.xls, the Excel 97-2003 fixture of the XLS reader tests (invented people). Needs Debian's
# python3-xlwt only to regenerate the file; the build and the tests do not.
import datetime

import xlwt

book = xlwt.Workbook(encoding='utf-8')
date_style = xlwt.easyxf(num_format_str='DD.MM.YYYY')
datetime_style = xlwt.easyxf(num_format_str='YYYY-MM-DD HH:MM')

people = book.add_sheet('Kontakte')
header = ['Vorname', 'Nachname', 'Firma', 'PLZ', 'Telefon', 'Geburtstag', 'Letzter Kontakt', 'Umsatz', 'Kunde']
for column, name in enumerate(header):
    people.write(0, column, name)
rows = [
    ['Jürgen', 'Müller', 'Bäckerei Schäfer GmbH', 50667, 492211234567, datetime.date(1975, 3, 12),
     datetime.datetime(2025, 5, 2, 14, 30), 1234.5, True],
    ['Anna', 'Schröder', 'Öko-Bau AG', 80331, None, datetime.date(1990, 12, 1),
     datetime.datetime(2025, 1, 15), 0.1 + 0.2, False],
]
for r, row in enumerate(rows, start=1):
    for column, value in enumerate(row):
        if value is None:
            continue
        if isinstance(value, datetime.datetime):
            people.write(r, column, value, datetime_style)
        elif isinstance(value, datetime.date):
            people.write(r, column, value, date_style)
        else:
            people.write(r, column, value)
# Row 5 (index 4) after an empty row 4: empty rows are skipped, numbering stays the sheet's.
people.write(4, 0, 'Zoë')
people.write(4, 1, 'Brontë')

companies = book.add_sheet('Firmen')
companies.write(0, 0, 'Firma')
companies.write(0, 1, 'Ort')
companies.write(1, 0, 'Weiß & Söhne')
companies.write(1, 1, 'Dresden')

book.save('people.xls')
