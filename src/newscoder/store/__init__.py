"""The store: analysed articles in SQLite (a file, the default) or PostgreSQL (a URL).

``newscoder ingest`` writes it, ``newscoder serve`` and ``newscoder export`` read it, and any
SQL tool can open it. Tables (offsets are character offsets into ``documents.text``; quote
``"end"`` in hand-written SQL, it is a keyword):

- ``documents``: one row per ingested id; ``id``, ``title``, ``published``, ``outlet``,
  ``text``, ``record`` (the whole contract record as JSON) and ``coder`` (the coder that
  analysed it, as JSON). A text-identical copy stored under another id is a row whose
  ``copy_of`` names the analysed document; it has no records of its own (they are its
  original's). ``duplicates`` links near-duplicates.
- ``sentences``, ``mentions``, ``entities``, ``quotes``, ``timexes``, ``places``, ``figures``,
  ``events``, ``actor_mentions`` and ``event_actors``: one row per record, keyed by
  ``(doc_id, idx)``.
- ``actors``: cross-document identities, merged only on strong evidence (a full name, a
  knowledge-base entry the name itself names, a country or coded group by CAMEO code; see
  ``identity.py``); ``entities.actor_id``, ``actor_mentions.actor_id``,
  ``quotes.speaker_actor_id`` and ``event_actors.actor_id`` point at them, and are null for
  what is no actor (a generic noun, a place that stands for no one, a byline author).
- ``event_clusters``: the same event (PLOVER type, modality, actors on both sides, place at
  the finest precision both reports give, within a day; see ``clusters.py``) reported by
  several articles; ``reports`` and ``outlets`` count them, ``events.cluster_id`` links.
- ``events.date`` is an ISO day (the first of a week, month or year) that sorts as text;
  ``date_precision`` says how finely it is known.
- ``documents_fts`` and ``quotes_fts`` (SQLite FTS5) for full-text search.
- ``newscoder_meta`` (application and schema version) and ``migrations`` (applied steps).

Example, in the ``sqlite3`` shell::

    SELECT a.name, count(*) FROM event_actors ea JOIN actors a ON a.id = ea.actor_id
    WHERE ea.role = 'source' GROUP BY a.id ORDER BY 2 DESC LIMIT 10;
"""
