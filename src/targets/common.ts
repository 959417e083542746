/**
 * What every target needs from the value tree and no target owns: which fields the libraries fill
 * in themselves, whether bytes are text, and the name a placeholder prints as.
 */
import { isAutoParam } from '../values/examples.js';
import type { Field } from '../values/types.js';

/** MadelineProto (PHP, Lua, PWRTelegram) computes random_id/random_bytes at every depth; GramJS at the top level. */
export const withoutAuto = <F extends Pick<Field, 'name' | 'tlType'>>(fields: readonly F[]): F[] => fields.filter((f) => !isAutoParam(f.name, f.tlType));

/** The text of `bytes` when they are valid UTF-8, else undefined. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Placeholder mode prints the TL type as an identifier (`photos.Photos` → `photos_Photos`); a vector
 * is its element wrapped in the language's list brackets.
 */
export function placeholderName(tlType: string, wrapVector: (inner: string) => string): string {
  const vec = /^[Vv]ector<(.+)>$/.exec(tlType);
  if (vec) return wrapVector(placeholderName(vec[1]!, wrapVector));
  return tlType.replace(/^[!%]/, '').replace(/\./g, '_');
}
