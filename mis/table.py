"""Reading an MIS export into rows of named fields: encoding, delimiter, title rows above the
header, and headers matched by name through synonyms (never by position)."""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

HEADER_SEARCH_ROWS = 30


class ImportFileError(Exception):
    """The file as a whole cannot be imported (no header, a required column missing, unreadable)."""


@dataclass
class Row:
    line: int
    values: dict[str, str]
    problem: str | None = None  # set when the row cannot be read (wrong encoding, broken quoting)


@dataclass
class Table:
    rows: list[Row]
    columns: dict[str, str]  # field -> the header as spelled in the file
    header_line: int
    ignored: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def header_key(text: str) -> str:
    """`Reg Group`, `reg_group` and `REG-GROUP` are the same header."""
    return re.sub(r"[^0-9a-z]", "", text.replace("\ufeff", "").casefold())


def decode(data: bytes, encoding: str | None = None) -> tuple[list[str], set[int], list[str]]:
    """The file's lines (1-based numbering), the numbers of lines in the wrong encoding, and notes.

    UTF-8 (with or without BOM) and UTF-16 with BOM are read as such. A file with no valid UTF-8
    beyond ASCII is read as Windows-1252 (Excel's default in the UK). In a file mixing valid and
    invalid UTF-8, the invalid lines are flagged so their rows are rejected, not garbled.
    """
    if encoding:
        try:
            return data.decode(encoding).splitlines(keepends=True), set(), []
        except (UnicodeDecodeError, LookupError) as exc:
            raise ImportFileError(f"cannot read the file as {encoding}: {exc}") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16").splitlines(keepends=True), set(), []
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8").splitlines(keepends=True), set(), []
    except UnicodeDecodeError:
        pass
    raw = data.splitlines(keepends=True)
    bad: set[int] = set()
    utf8_non_ascii = 0
    for number, line in enumerate(raw, start=1):
        try:
            line.decode("utf-8")
            utf8_non_ascii += not line.isascii()
        except UnicodeDecodeError:
            bad.add(number)
    if not utf8_non_ascii:
        note = "the file is not UTF-8: read as Windows-1252 (cp1252); check accented names"
        return data.decode("cp1252", errors="replace").splitlines(keepends=True), set(), [note]
    lines = [line.decode("utf-8", errors="replace") for line in raw]
    note = f"{len(bad)} line(s) are not valid UTF-8 (wrong encoding) and were rejected"
    return lines, bad, [note]


def _delimiter(lines: Sequence[str]) -> str:
    sample = "".join(lines[:HEADER_SEARCH_ROWS])
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        return ","


def map_headers(cells: Sequence[str], synonyms: dict[str, tuple[str, ...]]) -> dict[str, int]:
    """field -> column index, taking each field's synonyms in order of preference."""
    index = {}
    for i, cell in enumerate(cells):
        index.setdefault(header_key(cell), i)
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for name, names in synonyms.items():
        for synonym in names:
            i = index.get(header_key(synonym))
            if i is not None and i not in used:
                mapping[name] = i
                used.add(i)
                break
    return mapping


def read_table(
    data: bytes,
    synonyms: dict[str, tuple[str, ...]],
    required: Sequence[Sequence[str]],
    *,
    encoding: str | None = None,
) -> Table:
    """Rows keyed by field name. `required` lists groups of fields of which the header must hold at
    least one each (e.g. the admission number or the UPN); the first row that does is the header."""
    lines, bad_lines, notes = decode(data, encoding)
    reader = csv.reader(lines, delimiter=_delimiter(lines))
    header: dict[str, int] | None = None
    header_cells: list[str] = []
    header_line = 0
    rows: list[Row] = []
    last_line = 0
    try:
        for cells in reader:
            first_line, last_line = last_line + 1, reader.line_num
            if header is None:
                mapping = map_headers(cells, synonyms)
                if all(any(f in mapping for f in group) for group in required):
                    header, header_cells, header_line = mapping, cells, first_line
                elif first_line > HEADER_SEARCH_ROWS:
                    break
                continue
            if not any(c.strip() for c in cells):
                continue
            row = Row(first_line, {f: cells[i] if i < len(cells) else "" for f, i in header.items()})
            if bad_lines & set(range(first_line, last_line + 1)):
                row.problem = "wrong encoding: the line is not valid UTF-8 (save the file as CSV UTF-8)"
            elif len(cells) > len(header_cells) and any(c.strip() for c in cells[len(header_cells):]):
                row.problem = f"{len(cells)} cells but the header has {len(header_cells)} (a stray comma or quote?)"
            rows.append(row)
    except csv.Error as exc:
        raise ImportFileError(f"line {last_line + 1}: the CSV is malformed ({exc})") from None
    if header is None:
        wanted = "; ".join(" or ".join(synonyms[f][0] for f in group) for group in required)
        raise ImportFileError(f"no header row found: expected columns {wanted}")
    columns = {f: header_cells[i].replace("\ufeff", "").strip() for f, i in header.items()}
    ignored = [c.strip() for i, c in enumerate(header_cells) if i not in header.values() and c.strip()]
    return Table(rows=rows, columns=columns, header_line=header_line, ignored=ignored, notes=notes)
