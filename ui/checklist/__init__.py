"""The checklist tab: instruments, questions, results, the crisis decision."""
