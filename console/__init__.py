"""The Qt-free core of the counselor console: local store, outbox, sync engine, API client, settings.

Nothing in this package imports PySide6, shiboken6, qasync or ui (tests/test_layering.py checks it).
"""
