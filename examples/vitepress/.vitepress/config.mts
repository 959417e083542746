// tlsnip in VitePress: `tlsnip` fences become code groups (one tab per library), every snippet
// checked while the site builds. The pages are in docs/.
import { defineConfig } from 'vitepress';
import { tlsnipMarkdownIt } from 'tlsnip/markdown-it';

// Loads the schema (here the bundled layer; or { schema: 'path/to/api.tl' }) and the targets once.
const tlsnip = await tlsnipMarkdownIt();

export default defineConfig({
  title: 'tlsnip in VitePress',
  description: 'Telegram API examples in every library, checked at build time',
  srcDir: 'docs',
  cleanUrls: true,
  markdown: {
    config: (md) => {
      md.use(tlsnip);
    },
  },
  themeConfig: {
    sidebar: [
      { text: 'Getting started', link: '/' },
      { text: 'PHP (MadelineProto)', link: '/php' },
      { text: 'TypeScript', link: '/typescript' },
      { text: 'Python (Telethon)', link: '/python' },
      { text: 'HTTP APIs', link: '/http' },
    ],
  },
});
