/**
 * Stands in for `@mtcute/node` when a snippet runs in the real-client rung (the snippet's import
 * of "@mtcute/node" is pointed here by esbuild; "@mtcute/node/utils.js" stays the real one). It
 * re-exports the real package and replaces only `TelegramClient`, by a subclass of the real class
 * that keeps the snippet's options but a MemoryStorage, and fakes the one thing this machine
 * cannot have: the connection to Telegram's data centre. Everything above the connection pool is
 * mtcute's own code: start() and its getMe, resolvePeer/resolveUser/resolveChannel and their
 * caching, uploadFile and its parts, the RPC middlewares, the peer cache fed from every answer,
 * handleClientUpdate. The pool's sendRpc is where mtcute's session serializes a request with
 * `TlBinaryWriter.serializeObject(__tlWriterMap, request)`: the fake does exactly that, records
 * the bytes, and answers.
 *
 * Runs in the child process (compiled by esbuild); its state is `globalThis.__tlsnipMtcute`.
 */
import * as real from '@mtcute/node';
import { TlBinaryWriter, __tlWriterMap } from '@mtcute/node/utils.js';

export * from '@mtcute/node';

const { Long } = real;

/** What the test asked the fake to answer the snippet's own method with. */
export type Neutral = { kind: 'updates' } | { kind: 'true' } | { kind: 'vector' } | { kind: 'object'; constructor: string };

export interface CaseState {
  readonly method: string;
  readonly neutral: Neutral;
  /** Usernames the tree uses as channels: resolveUsername answers them with a channel. */
  readonly channels: ReadonlySet<string>;
  /** Every request that reached the fake DC; `own` when it is the object the snippet passed to tg.call. */
  readonly requests: { method: string; own: boolean; hex?: string; error?: string }[];
  /** The request objects the snippet passed to tg.call. */
  readonly calls: WeakSet<object>;
  /** Requests mtcute made on its own that the fake has no answer for. */
  readonly unexpected: string[];
  /** Uploaded bytes by file ID. */
  readonly uploads: Record<string, string>;
  /** `user:ID` / `channel:ID` of a made-up peer → the username or phone it was resolved from. */
  readonly peers: Record<string, string>;
  readonly options: Record<string, unknown>[];
  readonly clients: real.TelegramClient[];
  /** The neutral answer given to the snippet's call, to recognise it in console.log and handleClientUpdate. */
  answer: unknown;
  handled: boolean[];
  nextId: number;
}

const state = (): CaseState => (globalThis as unknown as { __tlsnipMtcute: CaseState }).__tlsnipMtcute;

const SELF_ID = 777000123;
const hash = (id: number) => Long.fromBits(id | 0, 0x5eed);

const user = (id: number, extra: Record<string, unknown> = {}) => ({ _: 'user', id, accessHash: hash(id), firstName: 'Test', ...extra });
const channel = (id: number, extra: Record<string, unknown> = {}) => ({
  _: 'channel',
  id,
  accessHash: hash(id),
  title: 'Test',
  photo: { _: 'chatPhotoEmpty' },
  date: 1735689600,
  ...extra,
});

function neutral(n: Neutral): unknown {
  switch (n.kind) {
    case 'updates':
      return { _: 'updates', updates: [], users: [], chats: [], date: 1735689600, seq: 0 };
    case 'true':
      return true;
    case 'vector':
      return [];
    case 'object':
      return { _: n.constructor };
  }
}

/** The fake data centre's answer to what mtcute itself asks on the way (getMe, resolving, uploads). */
function infrastructure(req: Record<string, unknown>, s: CaseState): unknown {
  const fresh = () => (s.nextId += 1);
  switch (req._) {
    case 'users.getUsers':
      return (req.id as { _: string; userId?: number }[]).map((u) => (u._ === 'inputUserSelf' ? user(SELF_ID, { self: true }) : user(u.userId!)));
    case 'updates.getState':
      return { _: 'updates.state', pts: 1, qts: 0, date: 1735689600, seq: 1, unreadCount: 0 };
    case 'updates.getDifference':
      return { _: 'updates.differenceEmpty', date: 1735689600, seq: 1 };
    case 'channels.getChannels':
      return { _: 'messages.chats', chats: (req.id as { channelId: number }[]).map((c) => channel(c.channelId)) };
    case 'upload.saveFilePart':
    case 'upload.saveBigFilePart': {
      const key = String(req.fileId);
      s.uploads[key] = (s.uploads[key] ?? '') + Buffer.from(req.bytes as Uint8Array).toString('hex');
      return true;
    }
    case 'contacts.resolveUsername': {
      const username = String(req.username);
      const id = fresh();
      if (s.channels.has(username)) {
        s.peers[`channel:${id}`] = `@${username}`;
        return { _: 'contacts.resolvedPeer', peer: { _: 'peerChannel', channelId: id }, chats: [channel(id, { username })], users: [] };
      }
      s.peers[`user:${id}`] = `@${username}`;
      return { _: 'contacts.resolvedPeer', peer: { _: 'peerUser', userId: id }, chats: [], users: [user(id, { username })] };
    }
  }
  return undefined;
}

/** The answer to one request (already serialized and recorded); the snippet's own call gets a neutral one. */
function answer(req: Record<string, unknown>, own: boolean): unknown {
  const s = state();
  const a = infrastructure(req, s);
  if (own) return (s.answer = a ?? neutral(s.neutral));
  if (a === undefined) {
    s.unexpected.push(String(req._));
    throw new Error(`the fake data centre got an unexpected ${String(req._)}`);
  }
  return a;
}

async function sendRpc(req: { _: string } & Record<string, unknown>): Promise<unknown> {
  const s = state();
  const own = s.calls.has(req);
  let bytes: Uint8Array;
  try {
    bytes = TlBinaryWriter.serializeObject(__tlWriterMap, req);
  } catch (e) {
    s.requests.push({ method: String(req._), own, error: `mtcute's writer refused it: ${(e as Error).message}` });
    throw e;
  }
  s.requests.push({ method: String(req._), own, hex: Buffer.from(bytes).toString('hex') });
  return answer(req, own);
}

interface Internals {
  _client: { mt: { network: Record<string, unknown> & { _dcConnections: Map<number, unknown> } } };
}

/** Replaces the network manager's data-centre connections by a fake DC whose pools answer. */
function fakeNetwork(tg: real.TelegramClient): void {
  const network = (tg as unknown as Internals)._client.mt.network;
  const pool = {
    sendRpc,
    getPoolSize: () => 1,
    resetSessions() {},
    notifyNetworkChanged() {},
    changeTransport() {},
    ensureConnected() {},
    destroy: async () => {},
  };
  const dc = {
    dcId: 2,
    main: pool,
    upload: pool,
    download: pool,
    downloadSmall: pool,
    setIsPrimary() {},
    setIsPremium() {},
    setMainConnectionCount() {},
    loadKeys: async () => true,
    destroy: async () => {},
  };
  // NetworkManager.connect would open TCP connections and create an auth key with the DC.
  network.connect = async () => {
    network._dcConnections.set(dc.dcId, dc);
    network._primaryDc = dc;
  };
}

export class TelegramClient extends real.TelegramClient {
  constructor(opts: ConstructorParameters<typeof real.TelegramClient>[0]) {
    const s = state();
    s.options.push({ ...opts });
    super({ ...opts, storage: new real.MemoryStorage() } as typeof opts);
    fakeNetwork(this);
    // The snippet's requests are told from mtcute's own by identity: tg.call passes the object down.
    const call = this.call.bind(this);
    this.call = ((message: object, params?: unknown) => {
      s.calls.add(message);
      return call(message as never, params as never);
    }) as typeof this.call;
    // Recorded, then handed to mtcute's real updates manager.
    const handle = this.handleClientUpdate.bind(this);
    this.handleClientUpdate = (updates, noDispatch) => {
      s.handled.push(updates === s.answer);
      handle(updates, noDispatch);
    };
    s.clients.push(this);
  }
}
