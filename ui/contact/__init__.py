"""The open contact: notes, tabs, wrap-up, search, the resource directory."""
