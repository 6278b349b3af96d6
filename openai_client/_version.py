"""The package version, sent in the User-Agent header and read by the build."""

__version__ = "0.2.0"
