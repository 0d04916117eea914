"""``python -m councilkg``: the same CLI as the ``councilkg`` command."""

from councilkg.cli.main import main

if __name__ == "__main__":
    main()
