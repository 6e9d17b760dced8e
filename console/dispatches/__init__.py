"""Emergency dispatch (112/119): the red button's records, the floor, relays."""
