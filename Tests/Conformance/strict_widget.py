"""Strict, per-node widget validation against openai-chatkit 1.6.5 (chatkit-protocol.md section 13).

The SDK's widget unions fall back to a dynamic component that accepts any object with a string `type`,
so validating a whole tree proves little. Here every node is validated against its own component class.
"""

from __future__ import annotations

import warnings
from typing import Any

warnings.simplefilter("ignore")  # widget classes emit DeprecationWarning

from chatkit import widgets as W  # noqa: E402

STRICT = {
    c.model_fields["type"].default: c
    for c in [
        W.Card, W.ListView, W.ListViewItem, W.BasicRoot, W.Box, W.Row, W.Col, W.Form, W.Text, W.Title, W.Caption,
        W.Markdown, W.Badge, W.Button, W.Image, W.Icon, W.Divider, W.Spacer, W.Select, W.DatePicker, W.Checkbox,
        W.Input, W.Label, W.RadioGroup, W.Textarea, W.Transition, W.Chart,
    ]
}


def strict_widget(node: Any, path: str = "root") -> None:
    """Raises (ValueError or pydantic.ValidationError) unless every node is a valid known component."""
    if not isinstance(node, dict):
        raise ValueError(f"{path}: a widget node must be an object, got {type(node).__name__}")
    cls = STRICT.get(node.get("type"))
    if cls is None:
        raise ValueError(f"{path}: unknown component {node.get('type')!r}")
    cls.model_validate(node)
    kids = node.get("children")
    kids = kids if isinstance(kids, list) else ([kids] if isinstance(kids, dict) else [])
    for index, kid in enumerate(kids):
        strict_widget(kid, f"{path}.children[{index}]")

