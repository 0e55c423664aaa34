"""MIS import: pupils, contacts and pupil-contact links from SIMS/Arbor-style CSV exports, and term
dates from iCalendar files. See mis/README.md for the columns and the rules."""

from mis.importer import import_contacts, import_links, import_pupils
from mis.report import ImportReport, RowIssue
from mis.table import ImportFileError
from mis.terms import TermsFileError, TermsReport, import_terms, parse_terms

__all__ = [
    "ImportFileError", "ImportReport", "RowIssue", "TermsFileError", "TermsReport", "import_contacts",
    "import_links", "import_pupils", "import_terms", "parse_terms",
]
