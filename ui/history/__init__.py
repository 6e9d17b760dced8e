"""The case history column."""
