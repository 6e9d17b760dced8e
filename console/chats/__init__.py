"""Live chat on the console's side: conversations, quick texts, the silence rule (no Qt)."""
