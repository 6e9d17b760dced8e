"""HTTP routes, one module per resource. Routes parse, authorize and call services; no SQL here."""
