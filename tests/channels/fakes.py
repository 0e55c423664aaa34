"""Fake Telegram Bot API and Twilio REST servers on 127.0.0.1 (aiohttp), speaking the real wire formats,
so aiogram and twilio-python run unmodified against them. Faults are queued per server: each entry is
the HTTP status (and for Telegram 429 the retry_after) of the next call."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass
class Call:
    method: str
    params: dict[str, Any]


@dataclass
class FakeServer:
    calls: list[Call] = field(default_factory=list)
    faults: deque[tuple[int, int]] = field(default_factory=deque)
    files: dict[str, tuple[bytes, str]] = field(default_factory=dict)
    base: str = ""
    _runner: web.AppRunner | None = None

    def fail(self, status: int, times: int = 1, retry_after: int = 0) -> None:
        self.faults.extend([(status, retry_after)] * times)

    def sent(self, method: str) -> list[dict[str, Any]]:
        return [c.params for c in self.calls if c.method == method]

    async def start(self, app: web.Application) -> None:
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base = f"http://127.0.0.1:{port}"

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()


async def _fields(request: web.Request) -> dict[str, Any]:
    """aiogram posts multipart form fields with nested objects JSON-encoded; accept JSON and forms too."""
    if request.content_type == "application/json":
        return await request.json()
    data = await request.post()
    out: dict[str, Any] = {}
    for key, value in data.items():
        text = value if isinstance(value, str) else value.file.read().decode()  # type: ignore[union-attr]
        try:
            out[key] = json.loads(text) if text[:1] in "{[" else text
        except ValueError:
            out[key] = text
    return out


class FakeTelegram(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.ids = itertools.count(1000)
        self.updates: list[dict[str, Any]] = []

    async def serve(self) -> FakeTelegram:
        app = web.Application()
        app.router.add_post("/bot{token}/{method}", self._method)
        app.router.add_get("/file/bot{token}/{path:.*}", self._file)
        await self.start(app)
        return self

    async def _method(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        params = await _fields(request)
        if self.faults:
            status, retry_after = self.faults.popleft()
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": f"fake error {status}"}
            if retry_after:
                body["parameters"] = {"retry_after": retry_after}
                body["description"] = f"Too Many Requests: retry after {retry_after}"
            return web.json_response(body, status=status)
        self.calls.append(Call(method, params))
        if method == "getUpdates":
            offset = int(params.get("offset") or 0)
            ready = [u for u in self.updates if u["update_id"] >= offset]
            if not ready:
                await asyncio.sleep(0.05)  # a short long-poll
            return web.json_response({"ok": True, "result": ready})
        if method == "sendMessage":
            chat_id = int(params["chat_id"])
            result: Any = {"message_id": next(self.ids), "date": int(time.time()),
                           "chat": {"id": chat_id, "type": "private"}, "text": params.get("text", "")}
        elif method == "getFile":
            path = f"photos/{params['file_id']}.jpg"
            data = self.files.get(path, (b"", ""))[0]
            result = {"file_id": params["file_id"], "file_unique_id": params["file_id"], "file_size": len(data),
                      "file_path": path}
        elif method == "getMe":
            result = {"id": 1, "is_bot": True, "first_name": "Rollcall", "username": "RollcallTestBot"}
        else:
            result = True
        return web.json_response({"ok": True, "result": result})

    async def _file(self, request: web.Request) -> web.Response:
        data, kind = self.files.get(request.match_info["path"], (b"", ""))
        if not data:
            return web.Response(status=404)
        return web.Response(body=data, content_type=kind or "application/octet-stream")


class FakeTwilio(FakeServer):
    def __init__(self) -> None:
        super().__init__()
        self.ids = itertools.count(1)
        self.stopped: set[str] = set()

    async def serve(self) -> FakeTwilio:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._create)
        app.router.add_get("/media/{name}", self._media)
        await self.start(app)
        return self

    async def _create(self, request: web.Request) -> web.Response:
        params = dict(await request.post())
        if self.faults:
            status, _ = self.faults.popleft()
            return web.json_response({"code": 20500 if status >= 500 else 20429, "message": f"fake error {status}",
                                      "more_info": "https://www.twilio.com/docs/errors", "status": status},
                                     status=status)
        if params.get("To") in self.stopped:
            return web.json_response({"code": 21610, "message": "Attempt to send to unsubscribed recipient",
                                      "more_info": "", "status": 400}, status=400)
        self.calls.append(Call("Messages.create", params))
        sid = f"SM{next(self.ids):032d}"
        return web.json_response({
            "sid": sid, "account_sid": request.match_info["sid"], "to": params.get("To"), "from": params.get("From"),
            "body": params.get("Body"), "status": "queued", "num_segments": "1", "direction": "outbound-api",
            "date_created": "Mon, 23 Nov 2026 07:30:00 +0000", "uri": f"/2010-04-01/Accounts/x/Messages/{sid}.json",
        }, status=201)

    async def _media(self, request: web.Request) -> web.Response:
        data, kind = self.files.get(request.match_info["name"], (b"", ""))
        if not data:
            return web.Response(status=404)
        return web.Response(body=data, content_type=kind)
