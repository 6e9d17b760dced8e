"""The client of the case API: one request path, one module per contract area."""
