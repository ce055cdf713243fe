"""assessor: risk-tiered self-assessment against the GA4GH Framework for Responsible Sharing."""

__version__ = "0.1.0"
