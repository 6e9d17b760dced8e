"""The console's local SQLite store: one file per account, durable drafts and the outbox."""
