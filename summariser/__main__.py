"""`python -m summariser` runs the CLI."""

from summariser.cli import app

app(prog_name="summarise")
