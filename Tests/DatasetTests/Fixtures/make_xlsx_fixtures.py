#!/usr/bin/env python3
"""Writes the workbooks XLSXReadingTests reads: python3 make_xlsx_fixtures.py OUTDIR

openpyxl writes the workbooks; what openpyxl does not write is put in by
editing the parts in the zip afterwards:
- openpyxl 3.1 writes every string inline (<is>); the sheets of basic.xlsx
  other than "inline" get their strings moved to xl/sharedStrings.xml, as
  Excel writes them, with a rich-text string (runs and a phonetic reading)
  and an _xHHHH_ escape among them;
- formulas get cached values (openpyxl writes <v/>), as Excel saves them;
- one row and one cell lose their r attribute; one sheet gets prefixed elements;
- entities, character references and CDATA are written into strings, and a
  DOCTYPE declaring an external entity into a sheet;
- damaged and non-workbook files are written byte by byte.
"""
import datetime
import re
import sys
import unicodedata
import zipfile
from pathlib import Path

import openpyxl
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.datetime import CALENDAR_MAC_1904

MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

RICH_TEXT = "@@RICH@@"
ESCAPED_TEXT = "@@ESCAPED@@"
ENTITY_TEXT = "@@ENTITIES@@"
SPECIAL_SHARED_STRINGS = {
    # Runs joined; the phonetic reading (<rPh>) left out.
    RICH_TEXT: '<si><r><rPr><b/></rPr><t xml:space="preserve">Lò </t></r><r><t>Văn An</t></r>'
               '<rPh sb="0" eb="2"><t>PHIÊN ÂM</t></rPh></si>',
    # _x0009_ is a tab.
    ESCAPED_TEXT: '<si><t>Số_x0009_1</t></si>',
    # Predefined entities and character references, decimal and hexadecimal (ạ).
    ENTITY_TEXT: '<si><t>Thu &amp; chi &lt;5&gt; &#x1EA1;&#7841;</t></si>',
}


def nfd(text):
    return unicodedata.normalize("NFD", text)


def basic(path):
    wb = openpyxl.Workbook()
    members = wb.active
    members.title = "members"
    members.append(["id", "full_name", "gender", "birth_date", "ethnicity", "education", "children", "active"])
    members.append(["m1", "  Lò Văn An  ", nfd("Nữ"), datetime.date(1980, 5, 10), nfd("Thái"), 1980, 2, True])
    members["D2"].number_format = "mm-dd-yy"  # built-in format 14
    # Row 3: formatted but empty.
    members["A3"].fill = PatternFill("solid", fgColor="FFFF00")
    members["B3"] = "   "
    # Row 4: a gap at C4 (no cell at all).
    members["A4"] = "m2"
    members["B4"] = "Quàng Thị Bình"
    members["D4"] = datetime.date(1990, 2, 2)
    members["D4"].number_format = "dd/mm/yyyy"  # a custom format
    members["F4"] = 12.5
    members["G4"] = 0
    members["H4"] = False
    members["A5"] = RICH_TEXT
    members["B5"] = ESCAPED_TEXT
    members["C5"] = 4732
    members["D5"] = 1234.5
    members["E5"] = -3
    members["F5"] = 1e-05
    members["G5"] = 7.7  # stored as 7.7000000000000002 below, as Excel writes it
    # Empty trailing columns and rows: a filled cell far right, bold and space-only cells far below.
    members["Z2"].fill = PatternFill("solid", fgColor="FFFF00")
    members["K5"] = "  "
    members["A40"].font = Font(bold=True)
    members["C41"] = ""

    dates = wb.create_sheet("dates")
    rows = [
        ("built-in 14", datetime.date(1980, 5, 10), "mm-dd-yy"),
        ("custom", datetime.date(2024, 2, 29), "dd/mm/yyyy"),
        ("with time", datetime.datetime(2024, 3, 15, 18, 30), "dd/mm/yyyy hh:mm"),
        ("locale", datetime.date(2020, 12, 31), "[$-42A]dd/mm/yyyy"),
        ("month and year", datetime.date(2021, 7, 1), "mm/yyyy"),
        ("quoted text", 5, '0 "ngày"'),
        ("time only", 0.75, "h:mm"),
        ("colour", 3.5, "[Red]0.00"),
        ("percent", 0.25, "0%"),
        ("1900-02-28", datetime.date(1900, 2, 28), "dd/mm/yyyy"),
        ("serial 60", 60, "dd/mm/yyyy"),
        ("1900-03-01", datetime.date(1900, 3, 1), "dd/mm/yyyy"),
        ("serial 1", 1, "dd/mm/yyyy"),
        ("serial 0", 0, "dd/mm/yyyy"),
    ]
    dates.append(["kind", "value"])
    for label, value, number_format in rows:
        dates.append([label, value])
        dates.cell(row=dates.max_row, column=2).number_format = number_format

    title = wb.create_sheet("title")
    title["A1"] = "DANH SÁCH ĐẢNG VIÊN"
    title.merge_cells("A1:D1")
    title["A2"] = "Đảng bộ huyện Sốp Cộp"
    title.append([])
    title["A4"] = "Mã đảng viên"
    title["B4"] = "Họ và tên"
    title["A5"] = "m1"
    title["B5"] = "Lò Văn An"

    formulas = wb.create_sheet("formulas")
    formulas["A1"] = 2
    formulas["B1"] = "=A1*2"
    formulas["C1"] = '=A1&"x"'
    formulas["D1"] = "=1/0"
    formulas["E1"] = "=A1>1"
    formulas["F1"] = "=TODAY()"
    formulas["F1"].number_format = "dd/mm/yyyy"

    inline = wb.create_sheet("inline")
    inline["A1"] = "Tên"
    inline["B1"] = "Ghi chú"
    inline["A2"] = nfd("  Nguyễn Thị Hoà ")
    inline["B2"] = "rich"
    inline["A3"] = "x"
    inline["B3"] = "y"  # loses its r: follows A3
    inline["D3"] = "z"
    inline["A4"] = "row without r"

    wb.save(path)
    edit_parts(path, {
        "xl/worksheets/sheet1.xml": lambda xml: replace_cell(xml, "G5", '<c r="G5"><v>7.7000000000000002</v></c>'),
        "xl/worksheets/sheet4.xml": lambda xml: cache_values(xml, {
            "B1": ("4", None),
            "C1": ("2x", "str"),
            "D1": ("#DIV/0!", "e"),
            "E1": ("1", "b"),
            "F1": ("45366.5", None),  # 2024-03-15 noon, in the cell's date format
        }),
        "xl/worksheets/sheet5.xml": lambda xml: replace_cells(xml, {
            "B2": '<c r="B2" t="inlineStr"><is><r><t xml:space="preserve">Lò </t></r>'
                  '<r><rPr><i/></rPr><t>Văn An</t></r></is></c>',
            "B3": '<c t="inlineStr"><is><t>y</t></is></c>',
        }).replace('<row r="4">', "<row>"),
    })
    to_shared_strings(path, ["xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml",
                             "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml"])


def mac_1904(path):
    wb = openpyxl.Workbook()
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "members"
    ws.append(["id", "birth_date", "count"])
    ws.append(["m1", datetime.date(1980, 5, 10), 100])
    ws.append(["m2", datetime.date(1904, 1, 1), 1.5])
    for cell in ("B2", "B3"):
        ws[cell].number_format = "dd/mm/yyyy"
    wb.save(path)


def bad_shared_string(path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "members"
    ws.append(["id", "full_name"])
    ws.append(["m1", "Lò Văn An"])
    ws.append(["m2", "Quàng Thị Bình"])
    wb.save(path)
    to_shared_strings(path, ["xl/worksheets/sheet1.xml"])
    edit_parts(path, {"xl/worksheets/sheet1.xml":
                      lambda xml: replace_cell(xml, "B3", '<c r="B3" t="s"><v>99</v></c>')})


def edited_members_sheet(path, rows, edit):
    """A workbook whose one sheet, members, holds rows, its XML then passed through edit."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "members"
    for row in rows:
        ws.append(row)
    wb.save(path)
    edit_parts(path, {"xl/worksheets/sheet1.xml": edit})


UNCLOSED_B3 = '<c r="B3" t="inlineStr"><is><t>Quàng</is></c>'


def broken_xml(path):
    edited_members_sheet(path, [["id", "full_name"], ["m1", "Lò Văn An"], ["m2", "Quàng Thị Bình"],
                                ["m3", "Hoàng Văn Cường"]],
                         lambda xml: replace_cell(xml, "B3", UNCLOSED_B3))


def broken_members(path):
    """A members sheet with every column, damaged in its second member's row."""
    edited_members_sheet(path, [["id", "full_name", "gender", "birth_date"],
                                ["m1", "Lò Văn An", "male", "1980-01-01"],
                                ["m2", "Quàng Thị Bình", "female", "1990-02-02"]],
                         lambda xml: replace_cell(xml, "B3", UNCLOSED_B3))


def undeclared_prefix(path):
    """A cell with an attribute whose prefix no xmlns declares: libxml2 complains, but reads on."""
    edited_members_sheet(path, [["id", "count"], ["m1", 3]],
                         lambda xml: replace_cell(xml, "B2", '<c r="B2" zz:extra="1"><v>3</v></c>'))


def row_beyond_excel(path):
    """A row numbered past Excel's last row, 1.048.576."""
    edited_members_sheet(path, [["id"], ["m1"]],
                         lambda xml: xml.replace('<row r="2"', '<row r="1048577"', 1))


def bad_checksum(path):
    """A sheet part whose bytes no longer match the checksum the zip keeps for it."""
    wb = openpyxl.Workbook()
    wb.active.title = "members"
    wb.active.append(["id", "count"])
    wb.active.append(["m1", 3])
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = [(name, archive.read(name)) for name in archive.namelist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:   # stored: the XML stands in the file as is
        for name, data in parts:
            archive.writestr(name, data)
    raw = path.read_bytes()
    assert raw.count(b"<v>3</v>") == 1
    path.write_bytes(raw.replace(b"<v>3</v>", b"<v>4</v>"))


def missing_part(path):
    """A workbook whose sheet part is gone from the zip."""
    wb = openpyxl.Workbook()
    wb.active.title = "members"
    wb.active.append(["id"])
    wb.save(path)
    with zipfile.ZipFile(path) as archive:
        parts = [(name, archive.read(name)) for name in archive.namelist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts:
            if name != "xl/worksheets/sheet1.xml":
                archive.writestr(name, data)


def prefixed(path):
    """A sheet whose elements all carry a namespace prefix (x:row, x:c…), as some exporters write."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "members"
    ws.append(["id", "count"])
    ws.append(["m1", 3])
    wb.save(path)
    edit_parts(path, {"xl/worksheets/sheet1.xml": lambda xml: re.sub(r"<(/?)(\w+)", r"<\1x:\2", xml)
                      .replace('xmlns="%s"' % MAIN_NS, 'xmlns:x="%s"' % MAIN_NS)})


def entities(path):
    """A sheet whose name holds an & (written &amp; in xl/workbook.xml), a shared string with
    entities and character references, and an inline string in CDATA."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "thu & chi"
    ws.append(["id", "note"])
    ws.append(["m1", ENTITY_TEXT])
    ws.append(["m2", "cdata"])
    wb.save(path)
    to_shared_strings(path, ["xl/worksheets/sheet1.xml"])
    edit_parts(path, {"xl/worksheets/sheet1.xml": lambda xml: replace_cell(
        xml, "B3", '<c r="B3" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c>')})


def doctype(path):
    """A sheet declaring an external entity in a DOCTYPE and using it in a cell (XXE):
    it must never be read."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "members"
    ws.append(["id", "full_name"])
    ws.append(["m1", "SECRET"])
    wb.save(path)
    edit_parts(path, {"xl/worksheets/sheet1.xml": lambda xml: xml.replace(
        "<worksheet", '<!DOCTYPE worksheet [<!ENTITY secret SYSTEM "file:///etc/hostname">]><worksheet', 1)
        .replace("SECRET", "&secret;")})


def replace_cell(xml, ref, cell_xml):
    pattern = re.compile(r'<c r="%s"(?:\s[^>]*)?(?:/>|>.*?</c>)' % ref, re.S)
    new, count = pattern.subn(lambda _: cell_xml, xml, count=1)
    assert count == 1, ref
    return new


def cache_values(xml, cells):
    """Gives formula cells the cached value (and type) Excel saves with them; openpyxl writes <v />."""
    for ref, (value, cell_type) in cells.items():
        match = re.search(r'<c r="%s"[^>]*>.*?</c>' % ref, xml, re.S)
        cell = re.sub(r"<v\s*/>|<v></v>", "<v>%s</v>" % value, match.group(0))
        if cell_type:
            cell = cell.replace('<c r="%s"' % ref, '<c r="%s" t="%s"' % (ref, cell_type), 1)
        assert "<v>%s</v>" % value in cell, ref
        xml = xml.replace(match.group(0), cell, 1)
    return xml


def replace_cells(xml, cells):
    for ref, cell_xml in cells.items():
        xml = replace_cell(xml, ref, cell_xml)
    return xml


def edit_parts(path, edits):
    """Rewrites the zip at path with each named part passed through its edit."""
    with zipfile.ZipFile(path) as archive:
        parts = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts:
            if info.filename in edits:
                data = edits[info.filename](data.decode("utf-8")).encode("utf-8")
            archive.writestr(info.filename, data)


def to_shared_strings(path, sheets):
    """Moves the inline strings of the given sheets to xl/sharedStrings.xml, as Excel stores strings."""
    strings, index = [], {}
    inline = re.compile(r'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?:\s[^>]*)?>(.*?)</t></is></c>', re.S)

    def shared(match):
        text = match.group(3)
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return '<c %st="s"%s><v>%d</v></c>' % (match.group(1), match.group(2), index[text])

    edits = {sheet: (lambda xml: inline.sub(shared, xml)) for sheet in sheets}
    edit_parts(path, edits)
    items = "".join(SPECIAL_SHARED_STRINGS.get(text, '<si><t xml:space="preserve">%s</t></si>' % text)
                    for text in strings)
    sst = '<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>' % (MAIN_NS, len(strings), len(strings), items)
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", sst)
    edit_parts(path, {
        "[Content_Types].xml": lambda xml: xml.replace(
            "</Types>", '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" /></Types>'),
        "xl/_rels/workbook.xml.rels": lambda xml: xml.replace(
            "</Relationships>", '<Relationship Type="%s/sharedStrings" Target="sharedStrings.xml" Id="rIdStrings" />'
            "</Relationships>" % REL_NS),
    })


def compound_file(path, stream_names):
    """The start of an OLE compound file (as .xls and password-protected workbooks are): its
    signature, then directory entries whose names are UTF-16LE."""
    data = bytearray(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + bytes(504))
    for name in ["Root Entry"] + stream_names:
        entry = name.encode("utf-16-le").ljust(64, b"\0") + bytes(64)
        data += entry
    path.write_bytes(bytes(data))


def main():
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    basic(out / "basic.xlsx")
    mac_1904(out / "mac1904.xlsx")
    bad_shared_string(out / "bad-shared-string.xlsx")
    broken_xml(out / "broken-xml.xlsx")
    broken_members(out / "broken-members.xlsx")
    undeclared_prefix(out / "undeclared-prefix.xlsx")
    row_beyond_excel(out / "row-beyond-excel.xlsx")
    bad_checksum(out / "bad-checksum.xlsx")
    missing_part(out / "missing-part.xlsx")
    prefixed(out / "prefixed.xlsx")
    entities(out / "entities.xlsx")
    doctype(out / "doctype.xlsx")
    (out / "not-a-workbook.xlsx").write_text("id,full_name\nm1,Lò Văn An\n", encoding="utf-8")
    with zipfile.ZipFile(out / "word.xlsx", "w") as archive:
        archive.writestr("word/document.xml", "<document/>")
    compound_file(out / "old-format.xlsx", ["Workbook", "\x05SummaryInformation"])
    compound_file(out / "encrypted.xlsx", ["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"])
    # Every workbook that should open does open in openpyxl too.
    for name in ["basic.xlsx", "mac1904.xlsx", "prefixed.xlsx", "entities.xlsx"]:
        openpyxl.load_workbook(out / name)


if __name__ == "__main__":
    main()
