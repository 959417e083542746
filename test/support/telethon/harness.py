"""
The Telethon rungs of tlsnip's validation ladder, in one Python process per batch.

    python3 harness.py REQUEST.json        (prints one JSON document on stdout)

REQUEST is one of
  {"mode": "layer"}: Telethon's own schema: its LAYER, and for each TL object of
      telethon.tl.alltlobjects its CONSTRUCTOR_ID, class path (functions.messages.SendMessageRequest)
      and __init__ parameters;
  {"mode": "compile", "codes": [...], "topLevelAwait": bool}: compile() each program (or statement,
      with top-level await allowed); null or "line N: message";
  {"mode": "run", "cases": [{"code", "target", "returns", "files", "peers"}, ...]}: runs each whole program
      (boilerplate included) against the real TelegramClient(MemorySession(), 1, "x") with only
      its network sender replaced, and returns what it sent, read back with Telethon's own
      BinaryReader(...).tgread_object().

The program's `TelegramClient("session", api_id, api_hash)` is the one stand-in besides the sender:
a context manager that hands the program that real client (no connection, no login). The fake
sender answers the lookups the client makes on its own: contacts.resolveUsername (a fake user, or a
fake channel for a peer that fills an InputChannel slot), users.getUsers / channels.getChannels
for bot-API IDs, contacts.getContacts for phone numbers, upload.saveFilePart(True); every other
request is recorded (bytes(request)) and answered with a neutral value of the kind Telethon's class
says the method returns (True for Bool, [] for a Vector, updatesTooLong for an object).

What was sent is encoded for the comparison in tlsnip: {"#": CONSTRUCTOR_ID, "f": {name: value}}
for a TL object, {"i": "…"} integers, {"d": …} doubles, {"s": …} strings, {"b": hex} bytes, lists,
booleans. Peers the fake sender made come back as {"#": CONSTRUCTOR_ID, "type": SUBCLASS_OF_ID, "peer":
what the snippet named} ("@durov", "me", or a bot-API ID), uploaded files as {…, "file": their
name}: SUBCLASS_OF_ID is the CRC32 of the TL type's name, so tlsnip still checks that the slot's TL
type is the one sent (an inputPeerUser where InputUser belongs fails).

Every request of the program's own method (its class path in "target") is recorded, even one the
fake sender also answers as a lookup (a snippet of contacts.resolveUsername or upload.saveFilePart).
"""
import asyncio
import contextlib
import inspect
import io
import json
import os
import sys
import tempfile
import traceback
import zlib
from datetime import datetime

os.environ.setdefault("TG_API_ID", "1")
os.environ.setdefault("TG_API_HASH", "x")

import telethon  # noqa: E402
from telethon import TelegramClient, functions, types  # noqa: E402
from telethon.extensions import BinaryReader  # noqa: E402
from telethon.sessions import MemorySession  # noqa: E402
from telethon.tl import alltlobjects  # noqa: E402
from telethon.tl.tlobject import TLObject  # noqa: E402

# Fake entities get IDs and access hashes no example value uses.
FAKE_BASE = 7_000_000_000
PARAMS = {}


def params_of(cls):
    """The keyword arguments of a TL class, as Telethon's generator named them."""
    p = PARAMS.get(cls)
    if p is None:
        kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
        sig = inspect.signature(cls.__init__).parameters.values()
        p = PARAMS[cls] = [x.name for x in sig if x.name != "self" and x.kind in kinds]
    return p


def class_path(cls):
    """`functions.messages.SendMessageRequest`; Telethon's patched Message classes are `types.X` to a user."""
    mod = cls.__module__.replace("telethon.tl.", "", 1)
    if mod == "patched" and getattr(types, cls.__name__, None) in cls.__mro__:
        mod = "types"
    return "%s.%s" % (mod, cls.__name__)


def layer():
    objects = []
    for cid, cls in alltlobjects.tlobjects.items():
        objects.append({"id": cid, "path": class_path(cls), "params": params_of(cls)})
    return {"layer": alltlobjects.LAYER, "version": telethon.__version__, "objects": objects}


def compile_all(codes, top_level_await=False):
    """compile() each; with top_level_await, as a statement may be without its program around it."""
    import ast

    flags = ast.PyCF_ALLOW_TOP_LEVEL_AWAIT if top_level_await else 0
    out = []
    for i, code in enumerate(codes):
        try:
            compile(code, "<snippet %d>" % i, "exec", flags=flags)
            out.append(None)
        except SyntaxError as e:
            out.append("line %s: %s" % (e.lineno, e.msg))
    return out


class Case:
    """One program's fake world: its peers, and what the client sent."""

    def __init__(self, spec):
        self.spec = spec
        self.peers = {}  # (kind, id, access_hash) -> canon of what the snippet named
        self.sent = []
        self.next_id = FAKE_BASE

    def fake_id(self):
        self.next_id += 1
        return self.next_id

    def entity(self, kind, canon, username=None, ident=None, phone=None):
        ident = ident if ident is not None else self.fake_id()
        access_hash = -(ident + 1)
        if kind == "channel":
            e = types.Channel(
                id=ident, title="tlsnip", photo=types.ChatPhotoEmpty(), date=datetime(2025, 1, 1),
                access_hash=access_hash, username=username,
            )
        else:
            e = types.User(id=ident, access_hash=access_hash, username=username, phone=phone, first_name="tlsnip")
        self.peers[(kind, ident, access_hash)] = canon
        return e

    def answer(self, request):
        if class_path(type(request)) == self.spec["target"] and not self.lookup(request):
            self.sent.append(bytes(request))
        if isinstance(request, functions.contacts.ResolveUsernameRequest):
            name = request.username.lower()
            kind = next((p["kind"] for p in self.spec["peers"] if p.get("username") == name), "user")
            e = self.entity(kind, {"s": "@" + name}, username=name)
            peer = types.PeerChannel(e.id) if kind == "channel" else types.PeerUser(e.id)
            return types.contacts.ResolvedPeer(
                peer=peer, chats=[e] if kind == "channel" else [], users=[] if kind == "channel" else [e]
            )
        if isinstance(request, functions.users.GetUsersRequest) and self.lookup(request):
            return [self.entity("user", {"i": str(u.user_id)}, ident=u.user_id) for u in request.id]
        if isinstance(request, functions.channels.GetChannelsRequest) and self.lookup(request):
            chats = [self.entity("channel", {"i": str(-1_000_000_000_000 - c.channel_id)}, ident=c.channel_id) for c in request.id]
            return types.messages.Chats(chats=chats)
        if isinstance(request, functions.contacts.GetContactsRequest):
            users = [
                self.entity("user", {"s": p["ref"]}, phone=p["phone"]) for p in self.spec["peers"] if p.get("phone")
            ]
            return types.contacts.Contacts(contacts=[], saved_count=0, users=users)
        if isinstance(request, (functions.upload.SaveFilePartRequest, functions.upload.SaveBigFilePartRequest)):
            return True
        if class_path(type(request)) != self.spec["target"]:
            self.sent.append(bytes(request))  # any other request: reported as one too many
        return self.neutral(request)

    def neutral(self, request):
        """
        A neutral answer of the kind Telethon's own class says the method returns: its
        SUBCLASS_OF_ID is the CRC32 of the TL result type, checked against Bool and against
        Vector<T> for the T the snippet's layer names.
        """
        result = request.SUBCLASS_OF_ID
        if result == zlib.crc32(b"Bool"):
            return True
        inner = self.spec["returns"].encode()
        if result in (zlib.crc32(b"Vector<" + inner + b">"), zlib.crc32(b"vector<" + inner + b">")):
            return []
        return types.UpdatesTooLong()

    @staticmethod
    def lookup(request):
        """users.getUsers / channels.getChannels as get_input_entity sends them for a bot-API ID."""
        if isinstance(request, functions.users.GetUsersRequest):
            return all(isinstance(u, types.InputUser) and u.access_hash == 0 for u in request.id)
        if isinstance(request, functions.channels.GetChannelsRequest):
            return all(isinstance(c, types.InputChannel) and c.access_hash == 0 for c in request.id)
        return False

    def encode(self, v):
        if isinstance(v, bool):
            return v
        if isinstance(v, int):
            return {"i": str(v)}
        if isinstance(v, float):
            return {"d": v}
        if isinstance(v, str):
            return {"s": v}
        if isinstance(v, bytes):
            return {"b": v.hex()}
        if isinstance(v, datetime):
            return {"i": str(int(v.timestamp()))}
        if isinstance(v, list):
            return [self.encode(x) for x in v]
        if isinstance(v, TLObject):
            cid = v.CONSTRUCTOR_ID
            if isinstance(v, (types.InputPeerSelf, types.InputUserSelf)):
                return {"#": cid, "type": v.SUBCLASS_OF_ID, "peer": {"s": "me"}}
            if isinstance(v, (types.InputPeerUser, types.InputUser)):
                key = ("user", v.user_id, v.access_hash)
            elif isinstance(v, (types.InputPeerChannel, types.InputChannel)):
                key = ("channel", v.channel_id, v.access_hash)
            elif isinstance(v, types.InputPeerChat):
                return {"#": cid, "type": v.SUBCLASS_OF_ID, "peer": {"i": str(-v.chat_id)}}
            else:
                key = None
            if key in self.peers:
                return {"#": cid, "type": v.SUBCLASS_OF_ID, "peer": self.peers[key]}
            if isinstance(v, (types.InputFile, types.InputFileBig)) and v.name in self.spec["files"]:
                return {"#": cid, "type": v.SUBCLASS_OF_ID, "file": v.name}
            fields = {}
            for name in params_of(type(v)):
                x = getattr(v, name)
                if x is not None:
                    fields[name] = self.encode(x)
            return {"#": cid, "f": fields}
        raise TypeError("cannot encode %r" % (v,))


class FakeSender:
    def __init__(self, case):
        self.case = case

    def send(self, request, ordered=False):
        future = asyncio.get_running_loop().create_future()
        try:
            future.set_result(self.case.answer(request))
        except Exception as e:  # noqa: BLE001 - handed to the program, as a real sender would
            future.set_exception(e)
        return future

    def is_connected(self):
        return True


CURRENT = None


class ClientStandIn:
    """`TelegramClient(session, api_id, api_hash)` in the program: the real client, already started."""

    def __init__(self, *args, **kwargs):
        self.client = TelegramClient(MemorySession(), 1, "x")
        self.client._sender = FakeSender(CURRENT)

    async def __aenter__(self):
        return self.client

    async def __aexit__(self, *exc):
        return False


def run_case(spec, index):
    global CURRENT
    CURRENT = case = Case(spec)
    out = io.StringIO()
    try:
        code = compile(spec["code"], "<snippet %d>" % index, "exec")
        with contextlib.redirect_stdout(out):
            exec(code, {"__name__": "__main__"})
    except BaseException:  # noqa: BLE001 - a program's failure is the result
        return {"error": traceback.format_exc(limit=-4)[-3000:]}
    sent = []
    for raw in case.sent:
        reader = BinaryReader(raw)
        obj = reader.tgread_object()
        rest = len(raw) - reader.tell_position()
        if rest:
            return {"error": "%d bytes left after reading %s back" % (rest, type(obj).__name__)}
        sent.append(case.encode(obj))
    return {"sent": sent, "stdout": out.getvalue()[-200:]}


def run_all(cases):
    files = sorted({f for c in cases for f in c["files"]})
    with tempfile.TemporaryDirectory(prefix="tlsnip-telethon-") as tmp:
        os.chdir(tmp)
        for f in files:
            if os.path.dirname(f):
                os.makedirs(os.path.dirname(f), exist_ok=True)
            with open(f, "wb") as fh:
                fh.write(b"tlsnip example file\n")
        telethon.TelegramClient = ClientStandIn
        try:
            return [run_case(c, i) for i, c in enumerate(cases)]
        finally:
            telethon.TelegramClient = TelegramClient
            os.chdir("/")


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        request = json.load(f)
    mode = request["mode"]
    if mode == "layer":
        result = layer()
    elif mode == "compile":
        result = compile_all(request["codes"], request.get("topLevelAwait", False))
    elif mode == "run":
        result = run_all(request["cases"])
    else:
        raise SystemExit("unknown mode %r" % mode)
    sys.stdout.write(json.dumps(result))


if __name__ == "__main__":
    main()
