"""PySide6: windows, pages, table models, dialogs, workers."""
