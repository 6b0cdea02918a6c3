"""Tool implementations, one file per tool id (yours to edit), loaded by file path."""
