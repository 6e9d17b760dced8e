"""Follow-up contacts: the plan, the due list, reassigning."""
