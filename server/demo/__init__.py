"""Demo data for training and the screenshots."""
