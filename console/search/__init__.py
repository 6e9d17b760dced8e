"""Search across this PC's contacts and the server's."""
