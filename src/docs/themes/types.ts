/**
 * A theme's helper module: the rules of a theme that need code. The core calls these hooks; the
 * theme's templates call its helpers. Adding a theme touches no other theme and no core file but
 * the registry below.
 */
import type { HelperDelegate } from 'handlebars';
import type { ConstructorModel, SchemaModel, TypeModel } from '../../model/types.js';
import type { ThemeConfig } from '../theme.js';
import type { Site } from '../plan.js';

export interface ThemeModule {
  /** Helpers for the theme's page templates (they read the page context from `options.data.root`). */
  pageHelpers(site: Site): Readonly<Record<string, HelperDelegate>>;
  /** Extra helpers for the theme's snippet templates, beside the target's own. */
  snippetHelpers?(site: Site): Readonly<Record<string, HelperDelegate>>;
  /** The type pages to write; default: the schema's types. */
  typePages?(schema: SchemaModel, config: ThemeConfig): readonly TypeModel[];
  /** A constructor's page name (null: no page); default: its TL name. */
  constructorPageName?(c: ConstructorModel, schema: SchemaModel): string | null;
}

export const THEME_MODULES: Readonly<Record<ThemeConfig['helpers'], () => Promise<ThemeModule>>> = {
  modern: async () => (await import('./modern.js')).theme,
  'madeline-2018': async () => (await import('./madeline-2018.js')).theme,
};
