/** Identifier patterns of the model, kept free of zod so the hot path can use them cheaply. */
/** `messages.sendMessage`, `invokeWithLayer`: a lower-case TL identifier with an optional namespace. */
export const METHOD_NAME = /^(?:[a-z][A-Za-z0-9_]*\.)?[a-z][A-Za-z0-9_]*$/;
/** Constructor names follow the same rule as methods. */
export const CONSTRUCTOR_NAME = METHOD_NAME;
/** `InputPeer`, `photos.Photos`, `int`, `X` (a generic), `true`. */
export const TYPE_NAME = /^(?:[a-z][A-Za-z0-9_]*\.)?[A-Za-z][A-Za-z0-9_]*$/;
/** `user_id`, `A`, `M1`, `g_a_hash`. */
export const PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A TL type reference as written: `int`, `Vector<InputUser>`, `!X`, `#`, `%Message`, `vector<long>`. */
export const TYPE_REF = /^(?:#|!?[A-Za-z%][A-Za-z0-9_.%]*(?:<[^<>]+(?:<[^<>]+>)?>)?)$/;
