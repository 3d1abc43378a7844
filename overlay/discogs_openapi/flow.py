"""Code written once, run blocking or in asyncio: flows of effects and their two drivers.

A flow is a generator that yields what it needs done (send a request, read a response, sleep, call
a generated operation or a blocking function) and is sent back the result, or has the exception
thrown in where it yielded. It does no I/O itself, so one flow serves both worlds: `run` does each
effect with a blocking call, `run_async` awaits it. `httpx.Auth.auth_flow` is the same idea for one
request; the layers of the transport stack (`layer.py`) and the helpers with sync and asyncio forms
(`files.py`, `oauth.py`) are all written this way.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Callable, Generator, Iterator, Mapping
from types import MappingProxyType, ModuleType
from typing import Any, NamedTuple, Protocol, TypeVar, cast

import httpx

__all__ = [
    "Blocking",
    "Call",
    "Chunks",
    "Close",
    "Discard",
    "Effect",
    "Flow",
    "Next",
    "Read",
    "Send",
    "Sleep",
    "Stream",
    "Transport",
    "Woven",
    "run",
    "run_async",
    "send",
]

T = TypeVar("T")
_NO_ARGUMENTS: Mapping[str, Any] = MappingProxyType({})


class Effect(Protocol):
    """Something a flow needs done, in either world."""

    def sync(self) -> Any: ...

    async def asyncio(self) -> Any: ...


Flow = Generator[Effect, Any, T]
Transport = httpx.BaseTransport | httpx.AsyncBaseTransport
"""Either kind of httpx transport: a flow's `Send` uses the one its driver runs."""


class Send(NamedTuple):
    """Send `request` through `transport`; the result is its response."""

    request: httpx.Request
    transport: Transport

    def sync(self) -> httpx.Response:
        return cast(httpx.BaseTransport, self.transport).handle_request(self.request)

    async def asyncio(self) -> httpx.Response:
        transport = cast(httpx.AsyncBaseTransport, self.transport)
        return await transport.handle_async_request(self.request)


class Woven:
    """A transport that is itself a flow (a layer of the stack): `send` runs that flow inside
    the sender's, so a whole stack is stepped by one driver, not a nested driver per layer."""

    def route(self, request: httpx.Request) -> Flow[httpx.Response]:
        raise NotImplementedError


def send(request: httpx.Request, transport: Transport) -> Flow[httpx.Response]:
    """`response = yield from send(request, transport)`: the transport's own flow when it has
    one (errors and cancellation reach it just as through a driver), else a `Send`, typed."""
    if isinstance(transport, Woven):
        return transport.route(request)  # handed over as is: no generator wrapped around it
    return _sent(request, transport)


def _sent(request: httpx.Request, transport: Transport) -> Flow[httpx.Response]:
    response: httpx.Response = yield Send(request, transport)
    return response


class Read(NamedTuple):
    """Read the whole body of a response (or of a request, for a signature over it)."""

    message: httpx.Response | httpx.Request

    def sync(self) -> bytes:
        return self.message.read()

    async def asyncio(self) -> bytes:
        return await self.message.aread()


class Discard(NamedTuple):
    """Read a response that will not be used, so its connection can serve again, and close it."""

    response: httpx.Response

    def sync(self) -> None:
        self.response.read()
        self.response.close()

    async def asyncio(self) -> None:
        await self.response.aread()
        await self.response.aclose()


class Close(NamedTuple):
    """Close a response, or a client (`close` or `aclose`)."""

    thing: Any

    def sync(self) -> None:
        self.thing.close()

    async def asyncio(self) -> None:
        await self.thing.aclose()


class Stream(NamedTuple):
    """Send a GET through an overlay client's httpx client; the result is the open response."""

    client: Any
    url: str

    def sync(self) -> httpx.Response:
        http: httpx.Client = self.client.get_httpx_client()
        return http.send(http.build_request("GET", self.url), stream=True)

    async def asyncio(self) -> httpx.Response:
        http: httpx.AsyncClient = self.client.get_async_httpx_client()
        return await http.send(http.build_request("GET", self.url), stream=True)


class Chunks(NamedTuple):
    """An iterator over a streamed response's body, `size` bytes at a time, for `Next`."""

    response: httpx.Response
    size: int

    def sync(self) -> Iterator[bytes]:
        return self.response.iter_bytes(self.size)

    async def asyncio(self) -> AsyncIterator[bytes]:
        return self.response.aiter_bytes(self.size)


class Next(NamedTuple):
    """The next item of an iterator from `Chunks`, or None at its end."""

    iterator: Any

    def sync(self) -> Any:
        return next(self.iterator, None)

    async def asyncio(self) -> Any:
        return await anext(self.iterator, None)


class Sleep(NamedTuple):
    """Wait `seconds`: the thread sleeps, or the event loop runs other tasks meanwhile."""

    seconds: float

    def sync(self) -> None:
        time.sleep(self.seconds)

    async def asyncio(self) -> None:
        import asyncio  # loaded by the first asyncio client, which has it already

        await asyncio.sleep(self.seconds)


class Blocking(NamedTuple):
    """Call `function(*arguments)`, which blocks (a file lock, SQLite, Redis): in asyncio it runs
    in a worker thread, so the event loop goes on meanwhile."""

    function: Callable[..., Any]
    arguments: tuple[Any, ...] = ()

    def sync(self) -> Any:
        return self.function(*self.arguments)

    async def asyncio(self) -> Any:
        import asyncio

        # A cancelled task stops waiting, but the thread runs the call to its end.
        return await asyncio.to_thread(self.function, *self.arguments)


class Call(NamedTuple):
    """Call a generated operation: its `sync` or `asyncio` function (`_detailed` if asked)."""

    operation: ModuleType
    arguments: Mapping[str, Any] = _NO_ARGUMENTS
    detailed: bool = False

    def sync(self) -> Any:
        name = "sync_detailed" if self.detailed else "sync"
        return getattr(self.operation, name)(**self.arguments)

    async def asyncio(self) -> Any:
        name = "asyncio_detailed" if self.detailed else "asyncio"
        return await getattr(self.operation, name)(**self.arguments)


class _Stepper:
    """Steps a flow: hands it each result or error, and keeps its return value."""

    def __init__(self, flow: Flow[Any]) -> None:
        self._flow = flow
        self._result: Any = None
        self._error: BaseException | None = None
        self.value: Any = None

    def __iter__(self) -> Iterator[Effect]:
        try:
            while True:
                error, self._error = self._error, None
                result, self._result = self._result, None
                yield self._flow.throw(error) if error else self._flow.send(result)
        except StopIteration as stop:
            self.value = stop.value
        finally:
            self._flow.close()  # a no-op once it has ended; else its finally blocks run now

    # `with step:` around each effect catches its error, for the flow to handle (a class, not
    # @contextmanager: it runs for every effect of every request).
    def __enter__(self) -> None:
        pass

    def __exit__(self, kind: object, error: BaseException | None, traceback: object) -> bool:
        # Cancellation and interrupts too: the flow's cleanup (closing a stream) still runs.
        if error is not None:
            self._error = error
        return True

    def give(self, result: object) -> None:
        self._result = result


def run(flow: Flow[T]) -> T:
    """Run `flow` to its end, doing each effect with a blocking call."""
    step = _Stepper(flow)
    for effect in step:
        with step:
            step.give(effect.sync())
    return cast(T, step.value)


async def run_async(flow: Flow[T]) -> T:
    """Run `flow` to its end in the event loop, awaiting each effect."""
    step = _Stepper(flow)
    for effect in step:
        with step:
            step.give(await effect.asyncio())
    return cast(T, step.value)
