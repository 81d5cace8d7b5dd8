"""The person's own account across domains: a copy of all their data, closing the account."""
