"""JSON-lines traces with the same event schema as osspec's Swift target.

One line per event of a kind `kernel.tracing.events` lists: `event`, `session_id`, `trace_id`,
`step`, `span_id`, `parent_span_id`, `timestamp`, `osspec.system`, plus OpenTelemetry GenAI
attribute names (`gen_ai.operation.name`, `gen_ai.request.model`, ...) and `osspec.*` ones.
String values are redacted per `tracing.redact` before they leave; a session outside
`sample_rate` is not exported (decided from its id, so the whole session or none).
"""

from __future__ import annotations

import json
import re
import secrets
import sys
import threading
import urllib.request
from datetime import datetime, timezone

from . import spec

EVENT_KINDS = ("model_call", "tool_call", "handoff", "checkpoint", "approval", "denial")

_PATTERNS = {
    "pii": [r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", r"\+?[0-9][0-9 ().-]{7,}[0-9]"],
    "secrets": [r"\b(sk|pk|rk|ghp|gho|xoxb|xoxp|AKIA)[-_]?[A-Za-z0-9_-]{12,}", r"\b[A-Za-z0-9_-]{32,}\b"],
}
_MASK64 = (1 << 64) - 1


def redact(text: str, classes) -> str:
    """Masks e-mail addresses and phone numbers (`pii`) and API-key-like strings (`secrets`)."""
    for name in classes:
        for pattern in _PATTERNS.get(name, []):
            text = re.sub(pattern, "[REDACTED:" + name + "]", text)
    return text


def _fnv1a(data: bytes) -> int:
    value = 0xCBF29CE484222325
    for byte in data:
        value = ((value ^ byte) * 0x100000001B3) & _MASK64
    return value


def is_sampled(session_id: str, rate: float) -> bool:
    if rate >= 1:
        return True
    if rate <= 0:
        return False
    return (_fnv1a(session_id.encode()) % 10000) / 10000 < rate


def trace_id(session_id: str) -> str:
    """32 hex digits derived from the session id, so all of a session's spans share a trace."""
    a = 0xCBF29CE484222325
    b = 0x84222325CBF29CE4
    for byte in session_id.encode():
        a = ((a ^ byte) * 0x100000001B3) & _MASK64
        b = (((b ^ byte) * 0x100000001B3) & _MASK64) ^ a
    return f"{a:016x}{b:016x}"


class OTLPSink:
    """`exporter: otlp`: each event as an OTLP/HTTP JSON span POSTed to `{endpoint}/v1/traces`,
    with the standard library only. Best effort: a failed export never fails the run."""

    def __init__(self, endpoint: str, service_name: str = spec.NAME):
        self.url = endpoint.rstrip("/") + "/v1/traces"
        self.service_name = service_name

    def body(self, event: dict) -> bytes:
        try:
            stamp = datetime.strptime(event["timestamp"], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
            nanos = str(int(stamp.timestamp() * 1_000_000_000))
        except (KeyError, ValueError):
            nanos = "0"
        attributes = []
        for key in sorted(event):
            if key in ("trace_id", "span_id", "parent_span_id", "timestamp"):
                continue
            value = event[key]
            if isinstance(value, str):
                attributes.append({"key": key, "value": {"stringValue": value}})
            elif isinstance(value, int) and not isinstance(value, bool):
                attributes.append({"key": key, "value": {"intValue": str(value)}})
        span = {
            "traceId": event["trace_id"], "spanId": event["span_id"], "name": event["event"], "kind": 1,
            "startTimeUnixNano": nanos, "endTimeUnixNano": nanos, "attributes": attributes,
        }
        if event.get("parent_span_id"):
            span["parentSpanId"] = event["parent_span_id"]
        request = {"resourceSpans": [{
            "resource": {"attributes": [{"key": "service.name", "value": {"stringValue": self.service_name}}]},
            "scopeSpans": [{"scope": {"name": "osspec-runtime"}, "spans": [span]}],
        }]}
        return json.dumps(request, sort_keys=True).encode()

    def send(self, event: dict) -> None:
        request = urllib.request.Request(self.url, data=self.body(event), headers={"Content-Type": "application/json"}, method="POST")
        try:
            urllib.request.urlopen(request, timeout=5).close()
        except Exception:
            pass


class Tracer:
    """Writes trace events to a sink: a file path, standard output ('-'), an OTLPSink, or a
    list (tests)."""

    def __init__(self, session_id: str, sink=None, events=None, redact_classes=None, sample_rate=None):
        self.session_id = session_id
        self.sink = sink
        self.events = set(spec.TRACING["events"] if events is None else events)
        self.redact_classes = list(spec.TRACING["redact"] if redact_classes is None else redact_classes)
        rate = spec.TRACING["sample_rate"] if sample_rate is None else sample_rate
        self.sampled = is_sampled(session_id, rate)
        self._lock = threading.Lock()

    def emit(self, kind: str, step: int, parent: str | None = None, attributes: dict | None = None) -> str:
        """Emits an event (when its kind is traced and the session sampled); returns its span id."""
        span = secrets.token_hex(8)
        if kind not in self.events or not self.sampled:
            return span
        event = {
            "event": kind,
            "session_id": self.session_id,
            "trace_id": trace_id(self.session_id),
            "step": step,
            "span_id": span,
            "parent_span_id": parent or "",
            "timestamp": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "osspec.system": spec.NAME,
        }
        for key, value in (attributes or {}).items():
            # Ids (checkpoint and call ids) are ours, not user text, and look like phone numbers.
            is_id = key.endswith(".id") or key.endswith("_id")
            event[key] = redact(value, self.redact_classes) if isinstance(value, str) and not is_id else value
        line = json.dumps(event, sort_keys=True, ensure_ascii=False)
        with self._lock:
            if isinstance(self.sink, list):
                self.sink.append(line)
            elif isinstance(self.sink, OTLPSink):
                self.sink.send(event)
            elif self.sink == "-":
                print(line, file=sys.stdout, flush=True)
            elif self.sink:
                with open(self.sink, "a", encoding="utf-8") as handle:
                    handle.write(line + "\n")
        return span
