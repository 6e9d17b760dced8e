"""The shift lead's board, statistics and the shift report."""
