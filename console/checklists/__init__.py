"""Guided checklists and the caller's risk."""
