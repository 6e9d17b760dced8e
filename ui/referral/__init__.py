"""Referrals: targets, consent, forms, status."""
