"""Handoffs (인계) between counselors."""
