"""``serve``: the store read-only over the SPARQL 1.1 Protocol."""

from __future__ import annotations

import click

from councilkg.cli.options import StoreChoice, errors_as_messages, store_option
from councilkg.errors import CouncilKGError
from councilkg.server import make_server
from councilkg.store.location import default_location
from councilkg.store.sparql import Endpoint


@click.command(name="serve")
@store_option()
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on")
@click.option("--port", default=8000, show_default=True, type=int, help="Port; 0 picks a free one")
@click.option("--allow-remote", is_flag=True, help="Allow a --host that is not a loopback address")
@click.option("--timeout", "timeout_s", default=30.0, show_default=True, type=float, help="Seconds per query")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Rows (or triples) per answer")
@click.option("--max-answer-bytes", default=100_000_000, show_default=True, type=int, help="Bytes per answer")
@click.option("--max-request-bytes", default=1_000_000, show_default=True, type=int, help="Largest request")
@click.option(
    "--max-memory-mb", default=1024, show_default=True, type=int, help="Megabytes of heap per query worker"
)
@click.option(
    "--cors-origin", "cors_origins", multiple=True, metavar="ORIGIN", help="Browser origin allowed ('*': any)"
)
@click.option(
    "--allow-host",
    "allow_hosts",
    multiple=True,
    metavar="NAME",
    help="Host name requests may use besides the address (and localhost)",
)
@click.option("--max-connections", default=64, show_default=True, type=int, help="Connections open at once")
@click.option(
    "--workers",
    default=2,
    show_default=True,
    type=int,
    help="Query worker processes (one more is kept for queries under a second)",
)
@click.option("--quiet", is_flag=True, help="No log line per request")
@errors_as_messages
def serve_command(
    store: StoreChoice,
    host: str,
    port: int,
    allow_remote: bool,
    timeout_s: float,
    max_rows: int,
    max_answer_bytes: int,
    max_request_bytes: int,
    max_memory_mb: int,
    cors_origins: tuple[str, ...],
    allow_hosts: tuple[str, ...],
    max_connections: int,
    workers: int,
    quiet: bool,
) -> None:
    """Serve the store read-only over SPARQL 1.1, with a query page and item pages.

    GET /id/... is the page of the IRI https://w3id.org/councilkg/id/...: HTML for a browser,
    Turtle, N-Triples or JSON-LD for an RDF client (Accept, or ?format=). GET/POST /sparql answer
    JSON, XML, CSV or TSV (Turtle, N-Triples or JSON-LD for CONSTRUCT) by the Accept header.
    Updates, SERVICE and private appraisal graphs are refused; a query running past --timeout or
    needing more than --max-memory-mb is stopped; answers are streamed and cut at --max-rows or
    --max-answer-bytes (header X-Councilkg-Truncated, or a note at the end of a long answer). Only
    loopback unless --allow-remote; requests naming another Host than the address (or --allow-host)
    and queries from other sites' pages are refused unless --cors-origin.

    \b
    Example:
        councilkg serve --port 8000
        curl -H 'Accept: text/turtle' http://127.0.0.1:8000/id/person/alex-kubeyinje
        curl -H 'Accept: text/csv' 'http://127.0.0.1:8000/sparql?query=SELECT%20*%20%7B%3Fs%20%3Fp%20%3Fo%7D%20LIMIT%203'
    """
    if isinstance(store.location, Endpoint):
        raise CouncilKGError(
            "serve answers from a store folder; a SPARQL server already has its own endpoint"
        )
    location = store.location or default_location()
    server = make_server(
        location,
        host,
        port,
        allow_remote=allow_remote,
        timeout_s=timeout_s,
        max_rows=max_rows,
        max_answer_bytes=max_answer_bytes,
        max_request_bytes=max_request_bytes,
        memory_mb=max_memory_mb,
        cors_origins=cors_origins,
        allow_hosts=allow_hosts,
        max_connections=max_connections,
        workers=workers,
        log=not quiet,
    )
    click.echo(f"Serving {location} at {server.url} (Ctrl-C to stop)", err=True)
    if not server.sandboxed:
        click.echo("note: query workers are not network-sandboxed on this platform", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


COMMANDS: tuple[click.Command, ...] = (serve_command,)
"""The commands this module adds to ``councilkg``."""
