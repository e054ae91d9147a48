#!/usr/bin/env python3
"""ChatKit conformance oracle: a long-running checker backed by openai-chatkit 1.6.5 itself.

Swift tests start this once per test process (see Tests/TestSupport/ConformanceOracle.swift) and send
one NDJSON request per line on stdin; every request gets exactly one NDJSON answer line on stdout:

    -> {"id": 7, "kind": "sse", "body": "data: {...}\\n\\n"}
    <- {"id": 7, "ok": true, "event_types": ["thread.created", ...]}
    <- {"id": 7, "ok": false, "errors": ["frame 2: ..."]}

Kinds and what they validate (recipe: chatkit-protocol.md section 13):
    sse            a whole streaming response body: exact `data: <json>\\n\\n` framing, every payload a
                   ThreadStreamEvent, canonical round trip, no hidden item sent, thread metadata `{}`
    request        a ChatKitReq body (validation only: lets tests prove a body is valid or invalid)
    thread         Thread (threads.get_by_id, threads.update)
    threads_page   Page[Thread] (threads.list)
    items_page     Page[ThreadItem] (items.list)
    attachment     Attachment (attachments.create, direct upload responses)
    sync_action    SyncCustomActionResponse (threads.sync_custom_action)
    transcription  TranscriptionResult (input.transcribe)
    empty          exactly `{}` (threads.delete, items.feedback, attachments.delete)

"Canonical round trip" re-serializes the validated value exactly as ChatKitServer._serialize does and
compares it with the input as parsed JSON, so extra or renamed fields, emitted nulls and missing
defaults all fail. Datetimes compare by value (naive and `Z` forms of the same instant are equal).
Every widget found anywhere in a checked value is also validated node by node against its own
component class, because the SDK's widget unions fall back to a lax dynamic component.
"""

from __future__ import annotations

import json
import os
import re
import sys
import warnings
from datetime import datetime, timezone
from typing import Any

warnings.simplefilter("ignore")

from pydantic import TypeAdapter, ValidationError  # noqa: E402

from chatkit import types as T  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from strict_widget import strict_widget  # noqa: E402

EVENT = TypeAdapter(T.ThreadStreamEvent)
ADAPTERS: dict[str, TypeAdapter[Any]] = {
    "thread": TypeAdapter(T.Thread),
    "threads_page": TypeAdapter(T.Page[T.Thread]),
    "items_page": TypeAdapter(T.Page[T.ThreadItem]),
    "attachment": TypeAdapter(T.Attachment),
    "sync_action": TypeAdapter(T.SyncCustomActionResponse),
    "transcription": TypeAdapter(T.TranscriptionResult),
}
REQUEST = TypeAdapter(T.ChatKitReq)
HIDDEN_ITEM_TYPES = {"hidden_context_item", "sdk_hidden_context"}
DATETIME_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")
WIDGET_ROOT_TYPES = {"Card", "ListView", "Basic"}


class ConformanceError(Exception):
    pass


def strict_widget_root(node: dict[str, Any], path: str) -> None:
    if node.get("type") not in WIDGET_ROOT_TYPES:
        raise ValueError(f"{path}: widget root must be one of {sorted(WIDGET_ROOT_TYPES)}, got {node.get('type')!r}")
    strict_widget(node, path)


def canonical(adapter: TypeAdapter[Any], value: Any) -> Any:
    """What ChatKitServer._serialize would emit for the validated value, parsed back to JSON."""
    raw = adapter.dump_json(value, by_alias=True, exclude_none=True, context={"exclude_metadata": True})
    return json.loads(raw)


def as_instant(text: str) -> datetime | None:
    if not DATETIME_SHAPE.match(text):
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    # Naive datetimes are the SDK's own format; read them as UTC so both spellings compare.
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)


def compare(expected: Any, actual: Any, path: str, problems: list[str]) -> None:
    """Structural equality where two datetime strings naming the same instant are equal."""
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key in expected.keys() - actual.keys():
            problems.append(f"{path}.{key}: missing (canonical value {json.dumps(expected[key])})")
        for key in actual.keys() - expected.keys():
            problems.append(f"{path}.{key}: not in canonical form (extra field, or null that must be omitted)")
        for key in expected.keys() & actual.keys():
            compare(expected[key], actual[key], f"{path}.{key}", problems)
    elif isinstance(expected, list) and isinstance(actual, list):
        if len(expected) != len(actual):
            problems.append(f"{path}: {len(actual)} elements, canonical form has {len(expected)}")
        for index, (e, a) in enumerate(zip(expected, actual)):
            compare(e, a, f"{path}[{index}]", problems)
    elif isinstance(expected, str) and isinstance(actual, str) and expected != actual:
        e, a = as_instant(expected), as_instant(actual)
        if e is None or a is None or e != a:
            problems.append(f"{path}: {json.dumps(actual)} canonicalizes to {json.dumps(expected)}")
    elif type(expected) is not type(actual) or expected != actual:
        problems.append(f"{path}: {json.dumps(actual)} canonicalizes to {json.dumps(expected)}")


def check_invariants(value: Any, path: str, problems: list[str]) -> None:
    """Walks a JSON value: strict widget checks, thread metadata `{}`, no hidden items."""
    if isinstance(value, list):
        for index, element in enumerate(value):
            check_invariants(element, f"{path}[{index}]", problems)
        return
    if not isinstance(value, dict):
        return
    kind = value.get("type")
    try:
        if kind == "widget" and isinstance(value.get("widget"), dict):
            strict_widget_root(value["widget"], f"{path}.widget")
        elif kind == "widget.root.updated" and isinstance(value.get("widget"), dict):
            strict_widget_root(value["widget"], f"{path}.widget")
        elif kind == "widget.component.updated" and isinstance(value.get("component"), dict):
            strict_widget(value["component"], f"{path}.component")
    except (ValidationError, ValueError) as error:
        problems.append(f"{path}: strict widget check failed: {error}")
    if kind in HIDDEN_ITEM_TYPES:
        problems.append(f"{path}: hidden item of type {kind!r} must never reach the client")
    if "status" in value and "created_at" in value and "items" in value and value.get("metadata", {}) != {}:
        problems.append(f"{path}.metadata: threads are always sent with metadata {{}}")
    for key, child in value.items():
        if key != "widget" and key != "component":
            check_invariants(child, f"{path}.{key}", problems)


def check_document(adapter: TypeAdapter[Any], text: str, path: str, problems: list[str]) -> Any:
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        problems.append(f"{path}: not JSON: {error}")
        return None
    try:
        value = adapter.validate_json(text)
    except ValidationError as error:
        problems.append(f"{path}: rejected by the reference types: {error}")
        return parsed
    compare(canonical(adapter, value), parsed, path, problems)
    check_invariants(parsed, path, problems)
    return parsed


def check_sse(body: str, problems: list[str]) -> list[str]:
    if body and not body.endswith("\n\n"):
        problems.append("body does not end with a frame terminator \\n\\n")
    event_types: list[str] = []
    for index, frame in enumerate(body.split("\n\n")[:-1]):
        path = f"frame[{index}]"
        if not frame.startswith("data: "):
            problems.append(f"{path}: does not start with 'data: ': {frame[:40]!r}")
            continue
        if "\n" in frame:
            problems.append(f"{path}: frame spans several lines (only one `data:` line is allowed)")
            continue
        event = check_document(EVENT, frame[len("data: "):], path, problems)
        if isinstance(event, dict):
            event_types.append(str(event.get("type")))
            item = event.get("item")
            if event.get("type") == "thread.item.done" and isinstance(item, dict) and item.get("type") in HIDDEN_ITEM_TYPES:
                problems.append(f"{path}: done event of a hidden item is persisted but never sent")
    return event_types


def check(request: dict[str, Any]) -> dict[str, Any]:
    kind, body = request.get("kind"), request.get("body")
    if not isinstance(body, str):
        raise ConformanceError("`body` must be a string")
    problems: list[str] = []
    answer: dict[str, Any] = {}
    if kind == "sse":
        answer["event_types"] = check_sse(body, problems)
    elif kind == "request":
        try:
            parsed = REQUEST.validate_json(body)
            answer["request_type"] = parsed.type
        except ValidationError as error:
            problems.append(f"request rejected by ChatKitReq: {error}")
    elif kind == "empty":
        if body != "{}":
            problems.append(f"expected exactly {{}}, got {body[:80]!r}")
    elif kind in ADAPTERS:
        check_document(ADAPTERS[kind], body, kind, problems)
    else:
        raise ConformanceError(f"unknown kind {kind!r}")
    answer["ok"] = not problems
    if problems:
        answer["errors"] = problems
    return answer


def main() -> None:
    print(json.dumps({"ready": True, "chatkit": __import__("chatkit.version").version.__version__}), flush=True)
    for line in sys.stdin:
        if not line.strip():
            continue
        request_id = None
        try:
            request = json.loads(line)
            request_id = request.get("id")
            answer = check(request)
        except Exception as error:  # a broken request must not kill the long-running checker
            answer = {"ok": False, "errors": [f"oracle could not run the check: {type(error).__name__}: {error}"]}
        answer["id"] = request_id
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
