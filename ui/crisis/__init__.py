"""The crisis protocol panel."""
