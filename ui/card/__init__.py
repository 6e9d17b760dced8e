"""The incoming-call card and the caller line."""
