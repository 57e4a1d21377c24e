"""OptIn Desk: the WhatsApp consent records of a small shop."""

__version__ = "0.1.0"
