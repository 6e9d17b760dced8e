"""Live chat widgets: the conversation, its composer with 상용구, and the strip that switches chats."""
