"""Words on the screen: labels, formatters, messages, the interface language."""
