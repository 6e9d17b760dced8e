"""The window's header: presence, sync state, theme and who is signed in."""
