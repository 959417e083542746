// tlsnip in Docusaurus: `tlsnip` fences become <Tabs> (one tab per library), every snippet checked
// while the site builds. The pages are in docs/.
import { remarkTlsnip } from 'tlsnip/remark';

/** @type {import('@docusaurus/types').Config} */
export default {
  title: 'tlsnip in Docusaurus',
  tagline: 'Telegram API examples in every library, checked at build time',
  url: 'https://example.com',
  baseUrl: '/',
  onBrokenLinks: 'throw',
  presets: [
    [
      'classic',
      {
        docs: {
          path: 'docs',
          routeBasePath: '/',
          // The schema (default: the bundled layer; or { schema: 'path/to/api.tl' }) loads once per build.
          remarkPlugins: [[remarkTlsnip, {}]],
        },
        blog: false,
        pages: false,
        theme: {},
      },
    ],
  ],
  themeConfig: {
    // Docusaurus highlights PHP, Lua and shell only when asked to.
    prism: { additionalLanguages: ['php', 'lua', 'bash', 'json'] },
  },
};
