"""Business logic over a Connection: each function runs inside one write (or read) transaction."""
