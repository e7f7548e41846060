"""The store: analysed articles in SQLite (a file, the default) or PostgreSQL (a URL).

``newscoder ingest`` writes it, ``newscoder serve`` and ``newscoder export`` read it, and any
SQL tool can open it. Tables (offsets are character offsets into ``documents.text``; quote
``"end"`` in hand-written SQL, it is a keyword):

- ``documents``: one row per stored article; ``id``, ``title``, ``published``, ``outlet``,
  ``text`` and ``record``, the whole contract record as JSON. ``document_copies`` keeps the
  ids of verbatim copies stored under another id; ``duplicates`` links near-duplicates.
- ``sentences``, ``mentions``, ``entities``, ``quotes``, ``timexes``, ``places``, ``figures``,
  ``events``, ``actor_mentions`` and ``event_actors``: one row per record, keyed by
  ``(doc_id, idx)``.
- ``actors``: cross-document identities (a person or organisation by knowledge-base id or
  name, a country or coded group by CAMEO code); ``entities.actor_id``,
  ``actor_mentions.actor_id``, ``quotes.speaker_actor_id`` and ``event_actors.actor_id``
  point at them.
- ``event_clusters``: the same event (CAMEO code, actors, place, within a day) reported by
  several articles; ``reports`` and ``outlets`` count them, ``events.cluster_id`` links.
- ``documents_fts`` and ``quotes_fts`` (SQLite FTS5) for full-text search.
- ``newscoder_meta`` (application and schema version) and ``migrations`` (applied steps).

Example, in the ``sqlite3`` shell::

    SELECT a.name, count(*) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
    WHERE ea.role = 'source' GROUP BY a.id ORDER BY 2 DESC LIMIT 10;
"""
