"""인계: handoffs between counselors and shifts."""
