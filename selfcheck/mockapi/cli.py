"""``selfcheck-mock-api``: serve the mock government API, list demo personas, write the OpenAPI file."""

from __future__ import annotations

import argparse
import json
import os
import sys


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="selfcheck-mock-api", description="Mock government API for Selfcheck")
    sub = p.add_subparsers(dest="cmd", required=True)
    sv = sub.add_parser("serve", help="run the HTTP server")
    sv.add_argument("--host", default="127.0.0.1")
    sv.add_argument("--port", type=int, default=8080)
    sv.add_argument("--db", required=True, help="SQLite file (created and seeded if new)")
    sv.add_argument("--admin-token-env", metavar="VAR",
                    help="enable /admin endpoints with the token in this environment variable")
    pe = sub.add_parser("personas", help="list the demo residents")
    pe.add_argument("--format", choices=("text", "json"), default="text")
    oa = sub.add_parser("openapi", help="print the OpenAPI document")
    oa.add_argument("--output", "-o")
    args = p.parse_args(argv)

    if args.cmd == "personas":
        from .store import persona_summaries
        people = persona_summaries()
        if args.format == "json":
            print(json.dumps([x.model_dump() for x in people], ensure_ascii=False, indent=2))
        else:
            for x in people:
                print(f"{x.id:22} {x.number}  PIN {x.pin}  {x.name} / {x.name_en}\n{'':22} {x.problem_en}")
        return 0
    if args.cmd == "openapi":
        text = openapi_text()
        if args.output:
            with open(args.output, "w", encoding="utf-8") as f:
                f.write(text)
        else:
            sys.stdout.write(text)
        return 0
    from .server import serve
    token = os.environ.get(args.admin_token_env) if args.admin_token_env else None
    serve(args.host, args.port, args.db, token)
    return 0


def openapi_text() -> str:
    from .app import create_app

    class _NoStore:  # the document does not depend on data
        pass

    doc = create_app(_NoStore()).openapi()  # type: ignore[arg-type]
    return json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
