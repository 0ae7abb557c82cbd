#!/usr/bin/python3
# Writes the XLSX fixtures of the XLSX reader tests (invented people) with the XML parts written by hand, so
# that every feature the reader handles is present: shared strings with rich-text runs and a phonetic run,
# inline strings, booleans, formulas with cached values, numbers, date styles (built-in and custom), a
# date-time, a time, the 1900 leap-day bug, cells placed by reference with gaps, cells without a reference,
# empty rows, two sheets found through the workbook's relationships, and the 1904 date system.
import zipfile

NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
PKG = 'http://schemas.openxmlformats.org/package/2006/relationships'
XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def workbook(path, sheets, shared, styles, date1904=False, sheet_targets=None):
    sheet_targets = sheet_targets or [f'worksheets/sheet{i + 1}.xml' for i in range(len(sheets))]
    with zipfile.ZipFile(path, 'w', zipfile.ZIP_DEFLATED) as z:
        z.writestr('[Content_Types].xml', XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/></Types>')
        z.writestr('_rels/.rels', XML + f'<Relationships xmlns="{PKG}"><Relationship Id="rId1" '
                   f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        pr = '<workbookPr date1904="1"/>' if date1904 else '<workbookPr/>'
        # Relationship ids deliberately not in sheet order: the reader must follow r:id.
        entries = ''.join(f'<sheet name="{name}" sheetId="{i + 1}" r:id="rId{10 + i}"/>' for i, (name, _) in enumerate(sheets))
        z.writestr('xl/workbook.xml', XML + f'<workbook xmlns="{NS}" xmlns:r="{REL}">{pr}<sheets>{entries}</sheets></workbook>')
        rels = ''.join(f'<Relationship Id="rId{10 + i}" Type="{REL}/worksheet" Target="{target}"/>'
                       for i, target in enumerate(sheet_targets))
        rels += f'<Relationship Id="rId1" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
        rels += f'<Relationship Id="rId2" Type="{REL}/styles" Target="styles.xml"/>'
        z.writestr('xl/_rels/workbook.xml.rels', XML + f'<Relationships xmlns="{PKG}">{rels}</Relationships>')
        z.writestr('xl/sharedStrings.xml', XML + f'<sst xmlns="{NS}" count="{len(shared)}" uniqueCount="{len(shared)}">'
                   + ''.join(shared) + '</sst>')
        z.writestr('xl/styles.xml', XML + f'<styleSheet xmlns="{NS}">{styles}</styleSheet>')
        for (name, rows), target in zip(sheets, sheet_targets):
            part = target.lstrip('/') if target.startswith('/') else 'xl/' + target
            z.writestr(part, XML + f'<worksheet xmlns="{NS}"><sheetData>{rows}</sheetData></worksheet>')


SHARED = [
    '<si><t>Vorname</t></si>',  # 0
    '<si><t>Nachname</t></si>',  # 1
    '<si><t>Geburtstag</t></si>',  # 2
    '<si><t>Jürgen</t></si>',  # 3
    # Rich text: runs joined; the phonetic run is not text.
    '<si><r><rPr><b/></rPr><t>Mül</t></r><r><t xml:space="preserve">ler </t></r><r><t>GmbH</t></r>'
    '<rPh sb="0" eb="1"><t>ミュラー</t></rPh></si>',  # 4
    '<si><t>Firma</t></si>',  # 5
    '<si><t>Ort</t></si>',  # 6
    '<si><t>Weiß &amp; Söhne</t></si>',  # 7
]

# Cell styles (cellXfs by index): 0 General, 1 built-in date 14, 2 custom "dd.mm.yyyy", 3 built-in
# date-time 22, 4 built-in time 20, 5 custom "#,##0.00 [$€-407]" (a number despite the letters in [..]).
STYLES = ('<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/>'
          '<numFmt numFmtId="165" formatCode="#,##0.00\\ [$€-407]"/></numFmts>'
          '<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>'
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="22"/>'
          '<xf numFmtId="20"/><xf numFmtId="165"/></cellXfs>')

HEADER = ['Vorname', 'Nachname', 'Geburtstag', 'Telefon', 'Kunde', 'Termin', 'Uhrzeit', 'Umsatz', 'Formel']
PEOPLE = (
    '<row r="1">' + ''.join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(HEADER)) + '</row>'
    # Row 2: shared strings, a rich-text shared string, a built-in date, a phone stored as a number, a
    # boolean, a date-time, a time, a currency number and a formula with a cached string.
    '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>4</v></c><c r="C2" s="1"><v>27465</v></c>'
    '<c r="D2"><v>4917012345678</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="3"><v>45779.604166666664</v></c>'
    '<c r="G2" s="4"><v>0.5</v></c><c r="H2" s="5"><v>1234.5</v></c>'
    '<c r="I2" t="str"><f>CONCATENATE(A2," ",B2)</f><v>Jürgen Müller GmbH</v></c></row>'
    # Row 3 is empty (a styled blank cell only); row 4 is missing altogether.
    '<row r="3"><c r="A3" s="1"/></row>'
    # Row 5: column B skipped, a custom date style, the 1900 leap-day serial, a fraction.
    '<row r="5"><c r="A5" t="inlineStr"><is><r><t>Zo</t></r><r><t>ë</t></r></is></c>'
    '<c r="C5" s="2"><v>60</v></c><c r="D5" s="2"><v>61</v></c><c r="H5"><v>0.30000000000000004</v></c></row>'
    # Row 6: cells without references follow each other.
    '<row r="6"><c t="inlineStr"><is><t>Ida</t></is></c><c t="inlineStr"><is><t>Lorenz</t></is></c>'
    '<c s="2"><v>59</v></c></row>'
)
COMPANIES = ('<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>6</v></c></row>'
             '<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" t="inlineStr"><is><t>Dresden</t></is></c></row>')

workbook('people.xlsx', [('Kontakte', PEOPLE), ('Firmen', COMPANIES)], SHARED, STYLES,
         sheet_targets=['worksheets/sheet1.xml', '/xl/worksheets/firmen.xml'])

MAC = ('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>2</v></c></row>'
       '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" s="1"><v>0</v></c></row>'
       '<row r="3"><c r="A3" t="inlineStr"><is><t>Ida</t></is></c><c r="B3" s="1"><v>26003</v></c></row>')
workbook('date1904.xlsx', [('Tabelle1', MAC)], SHARED, STYLES, date1904=True)

# A broken shared-string index and broken XML.
BAD_INDEX = ('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>99</v></c></row>')
workbook('Broken_SharedStringIndex.xlsx', [('Kontakte', BAD_INDEX)], SHARED, STYLES)
BAD_XML = ('<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c></row>'
           '<row r="3"><c r="A3"><v>1</c></row>')
workbook('Broken_Xml.xlsx', [('Kontakte', BAD_XML)], SHARED, STYLES)

# A workbook saved with a ".csv" name, and one cut in half.
workbook('XlsxWithCsvExtension.csv', [('Kontakte', '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>'
                                                   '<row r="2"><c r="A2" t="inlineStr"><is><t>Greta</t></is></c>'
                                                   '<c r="B2" t="inlineStr"><is><t>Sommer</t></is></c></row>')], SHARED, STYLES)
data = open('people.xlsx', 'rb').read()
open('Broken_Truncated.xlsx', 'wb').write(data[: len(data) // 2])
