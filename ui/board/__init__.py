"""The shift lead's board, statistics and shift report."""
