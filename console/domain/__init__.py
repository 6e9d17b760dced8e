"""Pure domain helpers shared by the console core and the reference server (no I/O, no Qt)."""
