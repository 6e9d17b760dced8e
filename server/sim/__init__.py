"""The simulator (`annyeong-sim`): the machines on the line in training."""
