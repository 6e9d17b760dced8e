"""Referrals, their forms and the directory, follow-ups."""
