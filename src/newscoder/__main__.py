"""``python -m newscoder`` runs the command line."""

from newscoder.cli import main

main()
