"""Entry point of `python -m archive`."""

from archive.cli import cli

cli(prog_name="python -m archive")
