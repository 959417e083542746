/**
 * The one model every output is rendered from. The zod schemas are the source of truth; the
 * TypeScript types are inferred from them, so a loader cannot produce a shape the renderers do not
 * expect. Identifiers are validated here because docs paths and code identifiers are derived from
 * them (nothing outside these patterns can reach a file name or a generated identifier).
 */
import { z } from 'zod';

import { USABILITY } from './types.js';
import { CONSTRUCTOR_NAME, METHOD_NAME, PARAM_NAME, TYPE_NAME, TYPE_REF } from './names.js';

const nameOf = (re: RegExp, what: string) =>
  z.string().regex(re, { message: `not a valid TL ${what}` });

export const FlagSchema = z.object({
  /** The `#` field that holds the bit: `flags`, `flags2`. */
  field: nameOf(PARAM_NAME, 'flags field'),
  bit: z.number().int().min(0).max(31),
});

export const ParamSchema = z.object({
  name: nameOf(PARAM_NAME, 'parameter name'),
  /** The TL type without the flag predicate: `int`, `Vector<InputUser>`, `true`, `#`, `!X`. */
  type: z.string().regex(TYPE_REF, { message: 'not a valid TL type reference' }),
  flag: FlagSchema.nullable(),
  /** True when the TL schema requires the parameter (it is neither a flag nor a `#` field). */
  required: z.boolean(),
  description: z.string(),
});

export const ErrorSchema = z.object({
  code: z.number().int(),
  name: z.string().min(1),
  description: z.string(),
});

export const UsabilitySchema = z.enum(USABILITY);

export const GenericSchema = z.object({ name: nameOf(TYPE_NAME, 'generic name'), type: z.string() });

export const MethodSchema = z.object({
  name: nameOf(METHOD_NAME, 'method name'),
  /** CRC32 constructor ID when the source gives one. */
  id: z.number().int().min(0).max(0xffffffff).nullable(),
  description: z.string(),
  params: z.array(ParamSchema),
  generics: z.array(GenericSchema),
  /** The result type as written: `photos.Photos`, `Vector<User>`, `X`. */
  returns: z.string().regex(TYPE_REF, { message: 'not a valid TL type reference' }),
  usability: UsabilitySchema,
  errors: z.array(ErrorSchema),
  /** Set when the library refuses to call this method directly (MadelineProto's blacklist); the text says what to use. */
  disallowed: z.string().nullable(),
  /** A warning the library attaches to a method it still allows (a `__`-prefixed disallow entry). */
  note: z.string().nullable(),
  /**
   * The parameters as the description source documents them (name, type as the source writes it,
   * text), which can differ from the TL ones: MadelineProto documents its own presentation, such as
   * `message: DecryptedMessage` where TL has `data: bytes`. Empty when the source has no such data.
   */
  documentedParams: z.array(z.object({ name: z.string(), type: z.string(), description: z.string() })),
  layer: z.number().int().nullable(),
});

export const ConstructorSchema = z.object({
  name: nameOf(CONSTRUCTOR_NAME, 'constructor name'),
  id: z.number().int().min(0).max(0xffffffff).nullable(),
  /** The abstract type this constructor builds. */
  type: nameOf(TYPE_NAME, 'type name'),
  description: z.string(),
  params: z.array(ParamSchema),
  /** For end-to-end (secret chat) schemas: the `===N===` layer that defined this version. */
  secretLayer: z.number().int().nullable(),
});

export const TypeSchema = z.object({
  name: nameOf(TYPE_NAME, 'type name'),
  description: z.string(),
  /** Constructor names in schema order. */
  constructors: z.array(nameOf(CONSTRUCTOR_NAME, 'constructor name')),
});

export const SchemaModelSchema = z.object({
  /** Where the model came from, for messages (`@mtcute/tl 223.0.0`, a path). */
  source: z.string(),
  layer: z.number().int().nullable(),
  methods: z.array(MethodSchema),
  constructors: z.array(ConstructorSchema),
  types: z.array(TypeSchema),
});
