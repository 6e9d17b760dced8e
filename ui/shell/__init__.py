"""The window and its life: start, composition, the bridge, tasks, crash guard."""
