/**
 * The language-neutral example value tree. One tree is built per method call and every target
 * prints the same tree, so all targets show (and, through the stub round trips, send) the same call.
 */

/** Where a value sits: top-level method argument or nested inside a constructor / vector. */
export type Slot = 'top' | 'nested';

export type Value =
  /** TL `int` (and `int53`): a JS number within the 32-bit (or 53-bit) range. */
  | { readonly kind: 'int'; readonly value: number }
  /** TL `long`: exact 64-bit integer. */
  | { readonly kind: 'long'; readonly value: bigint }
  | { readonly kind: 'double'; readonly value: number }
  | { readonly kind: 'string'; readonly value: string }
  /** TL `bytes` (and `int128`/`int256`, which are fixed-size byte strings). */
  | { readonly kind: 'bytes'; readonly value: Uint8Array; readonly tlType: 'bytes' | 'int128' | 'int256' }
  /** TL `Bool`, or a `flags.N?true` flag that is set. */
  | { readonly kind: 'bool'; readonly value: boolean }
  | { readonly kind: 'vector'; readonly of: string; readonly items: readonly Value[] }
  /**
   * A constructor (`inputMediaUploadedPhoto`) or, for `!X` query parameters, a nested method call
   * (`help.getConfig`, with `isMethod`). `type` is the TL type the slot expects.
   */
  | {
      readonly kind: 'object';
      readonly constructor: string;
      readonly type: string;
      readonly isMethod: boolean;
      /** How many parameters the TL combinator declares (flags fields included), shown or not. */
      readonly arity: number;
      readonly fields: readonly Field[];
    }
  /**
   * A peer the libraries resolve for you: `'@durov'`, `'me'`, a bot-API marked ID. `tlType` is the
   * slot's type (InputPeer, InputUser, InputChannel), which some targets need to wrap it.
   */
  | { readonly kind: 'peer'; readonly ref: string | bigint; readonly tlType: string }
  /** An InputFile slot: a local path the library uploads. */
  | { readonly kind: 'file'; readonly path: string; readonly tlType: string }
  /** Placeholder mode (the 2018 pages): the type name stands in for a value. */
  | { readonly kind: 'placeholder'; readonly tlType: string };

export interface Field {
  /** The TL parameter name, unchanged (`max_id`); targets rename (`maxId`). */
  readonly name: string;
  readonly tlType: string;
  readonly value: Value;
}

/** The example call of one method: its arguments in schema order, absent ones omitted. */
export interface CallValues {
  readonly method: string;
  readonly args: readonly Field[];
}

export type ValueMode = 'realistic' | 'placeholder';
export type FlagsPolicy = 'none' | 'all';

export interface ValueOptions {
  readonly mode: ValueMode;
  /** `none` (default): optional flag parameters are omitted; `all`: every flag gets a value. */
  readonly flags: FlagsPolicy;
  /** `--set name=value` overrides, raw strings keyed by parameter name (coerced by TL type). */
  readonly set: Readonly<Record<string, string>>;
}

export const DEFAULT_VALUE_OPTIONS: ValueOptions = Object.freeze({ mode: 'realistic', flags: 'none', set: Object.freeze({}) });
