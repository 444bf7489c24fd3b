"""The `summarise` console script, also run by `python -m summariser`."""

from summariser.cli import app


def run() -> None:
    """The CLI, then an exit that skips the interpreter's last garbage collection over every object of
    the loaded model (a tenth of a second after the work is done): the survivors are frozen out of its
    way; exit handlers still run and files are still flushed."""
    import gc

    try:
        app(prog_name="summarise")
    finally:
        gc.freeze()


if __name__ == "__main__":
    run()
