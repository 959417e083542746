/** MadelineProto's 2018 pages (the theme lands in the next commit). */
import type { ThemeModule } from './types.js';

export const theme: ThemeModule = {
  pageHelpers() {
    return {};
  },
};
