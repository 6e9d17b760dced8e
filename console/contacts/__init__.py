"""The open contact: notes, details, ending and wrap-up."""
