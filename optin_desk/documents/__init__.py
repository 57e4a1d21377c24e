"""PDFs (ReportLab) and CSV/vCard in and out; no Qt, no SQL."""
