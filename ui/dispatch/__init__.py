"""Emergency dispatch: the panel, its status, the alerts and the relay to colleagues."""
