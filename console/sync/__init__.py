"""Getting local changes to the server and server events to the console: backoff and the sync engine."""
