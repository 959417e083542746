/** The model's types, inferred from the zod schemas; importing this file loads no zod at run time. */
import type { z } from 'zod';
import type {
  ConstructorSchema, ErrorSchema, FlagSchema, MethodSchema, ParamSchema, SchemaModelSchema, TypeSchema, UsabilitySchema,
} from './schema.js';

export type Flag = z.infer<typeof FlagSchema>;
export type ParamModel = z.infer<typeof ParamSchema>;
export type ErrorModel = z.infer<typeof ErrorSchema>;
export type Usability = z.infer<typeof UsabilitySchema>;
export type MethodModel = z.infer<typeof MethodSchema>;
export type ConstructorModel = z.infer<typeof ConstructorSchema>;
export type TypeModel = z.infer<typeof TypeSchema>;
export type SchemaModel = z.infer<typeof SchemaModelSchema>;

export const USABILITY = ['both', 'user', 'bot', 'unknown'] as const;
