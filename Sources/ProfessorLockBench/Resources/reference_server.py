"""The Python reference server the bench compares Professor Lock with.

The stack users would otherwise deploy: a `ChatKitServer` subclass from openai-chatkit 1.6.5 with an
in-memory store, an Agents SDK agent over the whole thread history with one function tool that emits a
progress update and a widget (the same `build_parlay` arguments the Swift tool takes), served by
FastAPI/uvicorn. The model is whatever `OPENAI_BASE_URL` points at (the bench's fake model server).

Run: python -m uvicorn reference_server:app --app-dir <this folder> --port N
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any, AsyncIterator

from agents import Agent, RunContextWrapper, Runner, function_tool, set_tracing_disabled
from chatkit.agents import AgentContext, ThreadItemConverter, stream_agent_response
from chatkit.server import ChatKitServer, StreamingResult
from chatkit.store import NotFoundError, Store
from chatkit.types import (
    Attachment,
    Page,
    ProgressUpdateEvent,
    ThreadItem,
    ThreadMetadata,
    ThreadStreamEvent,
    UserMessageItem,
)
from chatkit.widgets import Card, Divider, Row, Text, Title
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response, StreamingResponse
from pydantic import BaseModel

set_tracing_disabled(True)


class MemoryStore(Store[dict]):
    """The quickstart's in-memory store: threads and their items in dicts, paged by position."""

    def __init__(self) -> None:
        self.threads: dict[str, ThreadMetadata] = {}
        self.items: dict[str, list[ThreadItem]] = {}
        self.attachments: dict[str, Attachment] = {}

    async def load_thread(self, thread_id: str, context: dict) -> ThreadMetadata:
        if thread_id not in self.threads:
            raise NotFoundError(f"Thread {thread_id} not found")
        return self.threads[thread_id]

    async def save_thread(self, thread: ThreadMetadata, context: dict) -> None:
        self.threads[thread.id] = thread
        self.items.setdefault(thread.id, [])

    async def load_threads(self, limit: int, after: str | None, order: str, context: dict) -> Page[ThreadMetadata]:
        threads = sorted(self.threads.values(), key=lambda t: t.created_at, reverse=order == "desc")
        return self._page(threads, after, limit)

    async def load_thread_items(
        self, thread_id: str, after: str | None, limit: int, order: str, context: dict
    ) -> Page[ThreadItem]:
        items = sorted(self.items.get(thread_id, []), key=lambda i: i.created_at, reverse=order == "desc")
        return self._page(items, after, limit)

    @staticmethod
    def _page(records: list[Any], after: str | None, limit: int) -> Page[Any]:
        start = 0
        if after is not None:
            start = next((i + 1 for i, record in enumerate(records) if record.id == after), 0)
        data = records[start : start + limit]
        has_more = start + limit < len(records)
        return Page(data=data, has_more=has_more, after=data[-1].id if has_more and data else None)

    async def add_thread_item(self, thread_id: str, item: ThreadItem, context: dict) -> None:
        await self.save_item(thread_id, item, context)

    async def save_item(self, thread_id: str, item: ThreadItem, context: dict) -> None:
        items = self.items.setdefault(thread_id, [])
        for index, existing in enumerate(items):
            if existing.id == item.id:
                items[index] = item
                return
        items.append(item)

    async def load_item(self, thread_id: str, item_id: str, context: dict) -> ThreadItem:
        for item in self.items.get(thread_id, []):
            if item.id == item_id:
                return item
        raise NotFoundError(f"Item {item_id} not found")

    async def delete_thread(self, thread_id: str, context: dict) -> None:
        self.threads.pop(thread_id, None)
        self.items.pop(thread_id, None)

    async def delete_thread_item(self, thread_id: str, item_id: str, context: dict) -> None:
        self.items[thread_id] = [item for item in self.items.get(thread_id, []) if item.id != item_id]

    async def save_attachment(self, attachment: Attachment, context: dict) -> None:
        self.attachments[attachment.id] = attachment

    async def load_attachment(self, attachment_id: str, context: dict) -> Attachment:
        if attachment_id not in self.attachments:
            raise NotFoundError(f"Attachment {attachment_id} not found")
        return self.attachments[attachment_id]

    async def delete_attachment(self, attachment_id: str, context: dict) -> None:
        self.attachments.pop(attachment_id, None)


class ParlayLeg(BaseModel):
    selection: str
    odds: str | float
    event: str | None
    market: str | None
    win_probability: float | None


def american_to_decimal(odds: str | float) -> float:
    value = float(str(odds).replace("+", ""))
    return 1 + value / 100 if value > 0 else 1 + 100 / -value


@function_tool
async def build_parlay(
    ctx: RunContextWrapper[AgentContext], legs: list[ParlayLeg], stake: float | None, bankroll: float | None
) -> str:
    """Price a parlay from 2-12 legs with American odds and show it as a parlay card."""
    await ctx.context.stream(ProgressUpdateEvent(icon="chart", text="Pricing the parlay…"))
    stake = stake or 10.0
    combined = 1.0
    for leg in legs:
        combined *= american_to_decimal(leg.odds)
    payout = round(stake * combined, 2)
    rows = [Row(children=[Text(value=f"{i + 1}. {leg.selection}"), Text(value=str(leg.odds))]) for i, leg in enumerate(legs)]
    card = Card(
        children=[
            Title(value="Parlay"),
            *rows,
            Divider(),
            Text(id="payout", value=f"Stake ${stake:.2f} pays ${payout:.2f} at {combined:.4f}"),
        ]
    )
    await ctx.context.stream_widget(card, copy_text=f"Parlay pays ${payout:.2f}")
    return json.dumps({"combined_decimal_odds": round(combined, 4), "stake": stake, "payout": payout})


agent = Agent[AgentContext](
    name="Professor Lock (reference)",
    instructions="You are Professor Lock, a sharp and witty sports-betting assistant.",
    model="gpt-4.1-mini",
    tools=[build_parlay],
)


class ReferenceServer(ChatKitServer[dict]):
    converter = ThreadItemConverter()

    async def respond(
        self, thread: ThreadMetadata, input_user_message: UserMessageItem | None, context: dict
    ) -> AsyncIterator[ThreadStreamEvent]:
        # The whole thread history, as the Swift responder sends it.
        history = await self.store.load_thread_items(thread.id, None, 100, "asc", context)
        agent_context = AgentContext(thread=thread, store=self.store, request_context=context)
        result = Runner.run_streamed(agent, await self.converter.to_agent_input(history.data), context=agent_context)
        async for event in stream_agent_response(agent_context, result):
            yield event


server = ReferenceServer(MemoryStore())
app = FastAPI()


@app.get("/health")
async def health() -> JSONResponse:
    return JSONResponse({"status": "ok", "started": datetime.now().isoformat()})


@app.post("/chatkit")
async def chatkit(request: Request) -> Response:
    result = await server.process(await request.body(), {})
    if isinstance(result, StreamingResult):
        return StreamingResponse(result, media_type="text/event-stream")
    return Response(content=result.json, media_type="application/json")
