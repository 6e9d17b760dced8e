"""Signing in, locking and signing out."""
