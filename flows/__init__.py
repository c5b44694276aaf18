"""Prefect flows: thin orchestration over the ``claims`` pipeline steps."""
