"""structlog, configured once per process: JSON lines when stderr is not a terminal, readable otherwise."""

from __future__ import annotations

import logging
import os
import re
import sys

import structlog

_configured = False


# C0 controls but tab (newlines too: a value cannot forge a log line), DEL, C1 (0x9b is CSI on
# some terminals) and the bidirectional overrides that reorder what a terminal shows.
_CONTROLS = re.compile(r"[\x00-\x08\x0a-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape_controls(_logger: object, _name: str, event_dict: dict) -> dict:
    """Feed text in a log line can never drive the terminal (no escape sequences)."""
    for key, value in event_dict.items():
        if isinstance(value, str) and _CONTROLS.search(value):
            event_dict[key] = _CONTROLS.sub(lambda m: f"\\u{ord(m.group()):04x}", value)
    return event_dict


def configure(level: str | None = None) -> None:
    global _configured
    if _configured:
        return
    _configured = True
    level_name = (level or os.environ.get("SITREP_LOG_LEVEL", "INFO")).upper()
    numeric = getattr(logging, level_name, logging.INFO)
    pretty = sys.stderr.isatty()
    processors: list = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _escape_controls,
    ]
    if pretty:
        processors.append(structlog.dev.ConsoleRenderer())
    else:
        processors += [structlog.processors.format_exc_info, structlog.processors.JSONRenderer()]
    structlog.configure(
        processors=processors,
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
    # RQ logs through the standard library: keep it, at warnings, on stderr.
    logging.basicConfig(level=max(numeric, logging.WARNING), stream=sys.stderr, format="%(name)s %(levelname)s %(message)s")


def get(name: str = "sitrep", **bound: object) -> structlog.stdlib.BoundLogger:
    configure()
    return structlog.get_logger(name).bind(**bound)
