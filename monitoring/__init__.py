"""Attendance monitoring: figures, thresholds and early warnings, letters to parents and charts.

Pure computation lives in `codes`, `figures`, `periods`, `thresholds` and `charts`; `queries` and
`recompute` read and write the database; `letters` drafts, renders and sends letters."""
