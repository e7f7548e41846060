"""The web app over a store (``newscoder serve``)."""

# Names the store for each worker process of ``serve --workers N``.
DB_VARIABLE = "NEWSCODER_DB"
